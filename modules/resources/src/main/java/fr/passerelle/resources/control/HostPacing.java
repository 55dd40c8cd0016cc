package fr.passerelle.resources.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness: at most one request per host per interval. Callers wait their turn; the link checker runs in
 * its own thread, so waiting there keeps nobody else waiting.
 */
final class HostPacing {

    private final long intervalNanos;
    private final Map<String, Long> last = new HashMap<>();

    HostPacing(long intervalMillis) {
        this.intervalNanos = Math.max(0, intervalMillis) * 1_000_000L;
    }

    synchronized void await(String host) throws InterruptedException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        Long previous = last.get(key);
        if (previous != null) {
            long waitNanos = previous + intervalNanos - System.nanoTime();
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
            }
        }
        last.put(key, System.nanoTime());
    }
}
