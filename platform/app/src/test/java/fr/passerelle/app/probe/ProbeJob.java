package fr.passerelle.app.probe;

import fr.passerelle.kernel.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only job that records when it runs, so a test can check the period lease holds. */
@ApplicationScoped
public class ProbeJob implements ScheduledJob {

    static final List<Long> RUNS = new CopyOnWriteArrayList<>();
    public static final Duration PERIOD = Duration.ofSeconds(12);

    @Override
    public String name() {
        return "test-probe";
    }

    @Override
    public Duration period() {
        return PERIOD;
    }

    @Override
    public void run() {
        RUNS.add(System.currentTimeMillis());
    }
}
