package fr.passerelle.kernel.errors;

import fr.passerelle.kernel.config.Settings;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over the limit before anything reads them: by the declared length when there is one,
 * and by counting when the body is chunked or the length lies. Uploads get a larger limit: multipart forms,
 * and files sent as raw bytes ({@code application/octet-stream}, see the attachments' Uploads).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    /** Request property set when a body was cut off, since JSON readers may swallow the cause. */
    public static final String EXCEEDED = "fr.passerelle.bodyTooLarge";
    static final long DEFAULT_LIMIT = 1024 * 1024;
    static final long DEFAULT_UPLOAD_LIMIT = 21L * 1024 * 1024;

    private final long limit = Settings.getInt("PASSERELLE_MAX_BODY_BYTES", (int) DEFAULT_LIMIT);
    private final long uploadLimit = Settings.getInt("PASSERELLE_MAX_UPLOAD_BYTES", (int) DEFAULT_UPLOAD_LIMIT);

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long max = isUpload(request.getMediaType()) ? uploadLimit : limit;
        if (request.getLength() > max) {
            throw new RequestTooLarge(max);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), max,
                    () -> request.setProperty(EXCEEDED, max)));
        }
    }

    static boolean isUpload(MediaType type) {
        return type != null && ("multipart".equalsIgnoreCase(type.getType())
                || ("application".equalsIgnoreCase(type.getType()) && "octet-stream".equalsIgnoreCase(type.getSubtype())));
    }

    /** Thrown when the declared length is already over the limit. */
    public static class RequestTooLarge extends RuntimeException {
        private final long limit;

        RequestTooLarge(long limit) {
            super("body larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    static final class Limited extends FilterInputStream {
        private final long max;
        private final Runnable onExceeded;
        private long count;

        Limited(InputStream in, long max, Runnable onExceeded) {
            super(in);
            this.max = max;
            this.onExceeded = onExceeded;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws BodyTooLarge {
            count += n;
            if (count > max) {
                onExceeded.run();
                throw new BodyTooLarge(max);
            }
        }
    }
}
