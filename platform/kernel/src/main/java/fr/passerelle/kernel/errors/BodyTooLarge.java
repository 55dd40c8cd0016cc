package fr.passerelle.kernel.errors;

import java.io.IOException;

/**
 * A request body over the limit. An {@link IOException} so that it passes unchanged through the JSON
 * readers that wrap stream errors; the error mapper looks for it in the cause chain.
 */
public class BodyTooLarge extends IOException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
