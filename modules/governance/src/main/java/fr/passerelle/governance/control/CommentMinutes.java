package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesComment;
import fr.passerelle.governance.entity.MinutesStatus;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A member comments on minutes under review, on one line or on the whole; the secretariat answers a comment
 * ({@code replyTo}). Comments are only taken while the review is open.
 */
@ApplicationScoped
public class CommentMinutes {

    public static final int TEXT_MAX = 5000;

    @Inject
    MinutesRepository minutes;

    @Inject
    Clock clock;

    /**
     * @param answering whether the caller is the secretariat (only they answer comments)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MinutesComment comment(Minutes m, String text, Integer line, String replyTo, boolean answering,
                                  String authorSubject, String authorName) {
        if (m.getStatus() != MinutesStatus.EN_RELECTURE) {
            throw new Conflict("Les commentaires ne sont ouverts que pendant la relecture du compte rendu (il est « "
                    + m.getStatus().label() + " »).");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.text(errors, "text", text, TEXT_MAX);
        if (t.isEmpty() && errors.isEmpty()) {
            errors.add("text", "est obligatoire");
        }
        long lines = m.getText().lines().count();
        if (line != null && (line < 1 || line > lines)) {
            errors.add("line", "doit être un numéro de ligne du compte rendu, entre 1 et " + lines);
        }
        Long answered = null;
        if (replyTo != null && !replyTo.isBlank()) {
            MinutesComment original = InputRules.id(replyTo).flatMap(minutes::comment)
                    .filter(c -> c.getMinutesId().equals(m.getId())).orElse(null);
            if (original == null) {
                errors.add("replyTo", "doit être l'identifiant d'un commentaire de ce compte rendu");
            } else if (!answering) {
                errors.add("replyTo", "seul le secrétariat répond aux commentaires");
            } else {
                answered = original.getId();
            }
        }
        errors.throwIfAny();
        MinutesComment c = new MinutesComment(m.getId(), answered == null ? line : null, answered, authorSubject,
                authorName, t, ParisTime.now(clock));
        minutes.add(c);
        return c;
    }
}
