package fr.passerelle.kernel.errors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** RFC 9457 problem details, with French title and detail, and the invalid fields when there are any. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errorId", "errors"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private String type = "about:blank";
    private String title;
    private int status;
    private String detail;
    private String instance;
    private String errorId;
    private List<FieldError> errors;

    public Problem() {
    }

    public Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getStatus() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getErrorId() {
        return errorId;
    }

    public void setErrorId(String errorId) {
        this.errorId = errorId;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public void setErrors(List<FieldError> errors) {
        this.errors = errors;
    }
}
