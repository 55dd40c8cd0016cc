package fr.passerelle.kernel.errors;

/** A service Passerelle depends on does not answer: 503, with a French title and explanation. */
public class Unavailable extends RuntimeException {

    private final String title;

    public Unavailable(String title, String detail, Throwable cause) {
        super(detail, cause);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
