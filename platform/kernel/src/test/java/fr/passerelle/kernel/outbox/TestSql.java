package fr.passerelle.kernel.outbox;

import fr.passerelle.testkit.TestDatabase;

/** The few statements whose syntax differs between H2 and PostgreSQL. */
final class TestSql {

    private TestSql() {
    }

    static String nextOutboxId() {
        return TestDatabase.isPostgres() ? "SELECT nextval('kernel_outbox_seq')" : "SELECT NEXT VALUE FOR kernel_outbox_seq";
    }
}
