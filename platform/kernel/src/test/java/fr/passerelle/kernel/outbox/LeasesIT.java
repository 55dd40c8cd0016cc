package fr.passerelle.kernel.outbox;

import fr.passerelle.testkit.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeasesIT {

    static DataSource db;
    final MutableClock clock = new MutableClock();
    final String name = "test:" + UUID.randomUUID();

    @BeforeAll
    static void migrate() {
        db = KernelDatabase.migrated();
    }

    @Test
    void aHeldLeaseExcludesOtherNodesUntilItExpires() {
        Leases leases = new Leases(db, clock);
        assertTrue(leases.hold(name, "node-a", Duration.ofSeconds(30)));
        assertFalse(leases.hold(name, "node-b", Duration.ofSeconds(30)));
        assertTrue(leases.hold(name, "node-a", Duration.ofSeconds(30)), "the holder renews");
        clock.advance(Duration.ofSeconds(31));
        assertTrue(leases.hold(name, "node-b", Duration.ofSeconds(30)), "an expired lease passes on");
        assertFalse(leases.hold(name, "node-a", Duration.ofSeconds(30)));
    }

    @Test
    void aJobPeriodIsClaimedOnceEvenByItsOwnHolder() {
        Leases leases = new Leases(db, clock);
        assertTrue(leases.claimPeriod(name, "node-a", Duration.ofHours(1)));
        assertFalse(leases.claimPeriod(name, "node-a", Duration.ofHours(1)));
        assertFalse(leases.claimPeriod(name, "node-b", Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(61));
        assertTrue(leases.claimPeriod(name, "node-b", Duration.ofHours(1)));
    }

    @Test
    void releaseLetsAnotherNodeIn() {
        Leases leases = new Leases(db, clock);
        assertTrue(leases.hold(name, "node-a", Duration.ofMinutes(5)));
        leases.release(name, "node-b");
        assertFalse(leases.hold(name, "node-b", Duration.ofMinutes(5)), "only the holder releases");
        leases.release(name, "node-a");
        assertTrue(leases.hold(name, "node-b", Duration.ofMinutes(5)));
    }

    @Test
    void concurrentClaimsFromManyNodesYieldExactlyOneWinner() throws Exception {
        Leases leases = new Leases(db, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String node = "node-" + i;
                claims.add(() -> leases.claimPeriod(name, node, Duration.ofHours(1)));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(claims)) {
                winners += f.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }
}
