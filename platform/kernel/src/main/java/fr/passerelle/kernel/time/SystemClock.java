package fr.passerelle.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock use cases and jobs read the time from ({@code @Inject Clock clock}), never
 * {@code Instant.now()} directly: integration tests replace it with a clock they can move forward
 * (expiry delays, reminders, late actions) without waiting.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }
}
