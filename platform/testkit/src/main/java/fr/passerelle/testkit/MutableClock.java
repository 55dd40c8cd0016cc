package fr.passerelle.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so back-off and expiry are checked without waiting. */
public final class MutableClock extends Clock {

    private Instant now;

    /** Starts at a fixed instant, for tests that only compare times they set themselves. */
    public MutableClock() {
        this(Instant.parse("2026-01-15T10:00:00Z"));
    }

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
