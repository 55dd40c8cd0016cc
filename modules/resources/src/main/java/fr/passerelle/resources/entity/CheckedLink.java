package fr.passerelle.resources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The last verdict of the link checker on one address. */
@Entity
@Table(name = "resources_link")
public class CheckedLink {

    @Id
    private String url;

    @Column(name = "checked_at", nullable = false)
    private OffsetDateTime checkedAt;

    @Column(nullable = false)
    private boolean broken;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(nullable = false)
    private String detail;

    protected CheckedLink() {
    }

    public CheckedLink(String url) {
        this.url = url;
    }

    public void record(OffsetDateTime at, boolean broken, Integer statusCode, String detail) {
        this.checkedAt = at;
        this.broken = broken;
        this.statusCode = statusCode;
        this.detail = detail;
    }

    public String getUrl() {
        return url;
    }

    public OffsetDateTime getCheckedAt() {
        return checkedAt;
    }

    public boolean isBroken() {
        return broken;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getDetail() {
        return detail;
    }
}
