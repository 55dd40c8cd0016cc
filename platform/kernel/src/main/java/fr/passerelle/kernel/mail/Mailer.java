package fr.passerelle.kernel.mail;

import fr.passerelle.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

/** Queues an e-mail in the caller's transaction; {@link MailDelivery} sends it after commit. */
@ApplicationScoped
public class Mailer {

    public static final String TOPIC = "mail";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public long send(MailMessage message) {
        if (message.getTo() == null || message.getTo().isEmpty()) {
            throw new IllegalArgumentException("an e-mail needs at least one recipient");
        }
        if (message.getSubject() == null || message.getText() == null) {
            throw new IllegalArgumentException("an e-mail needs a subject and a text part");
        }
        return outbox.append(TOPIC, JSON.toJson(message));
    }
}
