package fr.passerelle.kernel.content;

/** A content file that cannot be imported, with the line at fault when it is known (1-based, 0 if not). */
public class ContentError extends RuntimeException {

    private final int line;

    public ContentError(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
