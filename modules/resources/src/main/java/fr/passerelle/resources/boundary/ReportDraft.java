package fr.passerelle.resources.boundary;

/** The JSON of a report: a reason code and what is wrong. */
public class ReportDraft {

    private String reason;
    private String details;

    /** Code of {@link fr.passerelle.resources.entity.ReportReason}. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
