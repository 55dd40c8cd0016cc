package fr.passerelle.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs a piece of work in a transaction of its own, so that {@link RetriedTransaction} can run it again. */
@ApplicationScoped
public class NewTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
