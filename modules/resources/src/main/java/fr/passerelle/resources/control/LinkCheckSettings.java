package fr.passerelle.resources.control;

import fr.passerelle.kernel.config.Settings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The link checker's settings (environment variables or system properties, see the README). */
public record LinkCheckSettings(Duration period, int maxPerRun, Duration timeout, long hostDelayMillis,
                                Duration recheckAfter, Duration recheckBrokenAfter, int maxRedirects,
                                Set<String> onlyHosts) {

    public static LinkCheckSettings fromEnvironment() {
        return new LinkCheckSettings(
                duration("PASSERELLE_LINK_CHECK_PERIOD", Duration.ofHours(1)),
                Settings.getInt("PASSERELLE_LINK_CHECK_MAX_PER_RUN", 50),
                Duration.ofSeconds(Settings.getInt("PASSERELLE_LINK_CHECK_TIMEOUT_SECONDS", 10)),
                Settings.getInt("PASSERELLE_LINK_CHECK_HOST_DELAY_MS", 1000),
                Duration.ofDays(Settings.getInt("PASSERELLE_LINK_CHECK_RECHECK_DAYS", 7)),
                Duration.ofDays(1),
                5,
                Arrays.stream(Settings.get("PASSERELLE_LINK_CHECK_HOSTS", "").split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    private static Duration duration(String name, Duration fallback) {
        try {
            return Settings.find(name).map(Duration::parse).orElse(fallback);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " doit être une durée ISO 8601 (PT1H…), reçu : "
                    + Settings.get(name, ""), e);
        }
    }

    /** Whether the checker may request this host: every host unless {@code PASSERELLE_LINK_CHECK_HOSTS} lists some. */
    public boolean allows(String host) {
        return onlyHosts.isEmpty() || host != null && onlyHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
