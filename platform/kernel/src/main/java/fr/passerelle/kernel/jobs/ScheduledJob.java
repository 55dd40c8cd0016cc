package fr.passerelle.kernel.jobs;

import java.time.Duration;

/**
 * A periodic task (reminders, link checks, purges). Implementations are CDI beans; the scheduler
 * claims a database lease for each period, so with several nodes a job runs once per period.
 */
public interface ScheduledJob {

    /** Stable name, used as the lease name; lowercase with hyphens. */
    String name();

    Duration period();

    /** Runs one period's work; a job that needs a transaction declares it on this method. */
    void run();
}
