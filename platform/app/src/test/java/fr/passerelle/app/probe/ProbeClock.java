package fr.passerelle.app.probe;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only replacement of the kernel's clock: the real time shifted by an offset that
 * {@link ProbeClockEndpoint} moves, so tests make 48 hours pass without waiting. Add both classes to a
 * test deployment ({@link #CLASSES}).
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ProbeClock {

    public static final Class<?>[] CLASSES = {ProbeClock.class, ShiftedClock.class, ProbeClockEndpoint.class};

    static volatile Duration offset = Duration.ZERO;

    @Produces
    @Dependent
    Clock clock() {
        return new ShiftedClock(ZoneOffset.UTC);
    }

    /** Reads the offset at every call, so beans that keep their clock follow later shifts. */
    static final class ShiftedClock extends Clock {
        private final ZoneId zone;

        ShiftedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ShiftedClock(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
