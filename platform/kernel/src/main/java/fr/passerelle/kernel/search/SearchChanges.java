package fr.passerelle.kernel.search;

import fr.passerelle.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

/**
 * Tells search, in the caller's transaction, that an entity changed (created, edited, published,
 * deleted…): an outbox row every node's index applies after commit, by asking the
 * {@link SearchIndexer} of that type for the current state.
 */
@ApplicationScoped
public class SearchChanges {

    public static final String TOPIC = "search.changed";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String type, Object id) {
        outbox.append(TOPIC, payload(type, String.valueOf(id)));
    }

    public static String payload(String type, String id) {
        return Json.createObjectBuilder().add("type", type).add("id", id).build().toString();
    }
}
