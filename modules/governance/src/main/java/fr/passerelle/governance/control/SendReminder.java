package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.Reminder;
import fr.passerelle.kernel.mail.MailMessage;
import fr.passerelle.kernel.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One reminder about one action, in one transaction: the e-mail goes to the outbox and the reminder row is
 * written together, so either both happen or neither; the row's primary key (action, kind, due date) refuses
 * a second one.
 */
@ApplicationScoped
public class SendReminder {

    @Inject
    ActionRepository actions;

    @Inject
    BodyRepository bodies;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** @return whether an e-mail was queued */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remind(long actionId, LocalDate today, int daysBefore) {
        Optional<Action> found = actions.byId(actionId);
        if (found.isEmpty() || found.get().getStatus().isClosed() || found.get().getOwnerMemberId() == null) {
            return false;
        }
        Action action = found.get();
        String kind = action.isLate(today) ? Reminder.LATE
                : daysBefore > 0 && !action.getDueDate().isAfter(today.plusDays(daysBefore)) ? Reminder.BEFORE_DUE : null;
        if (kind == null || actions.reminded(actionId, kind, action.getDueDate())) {
            return false;
        }
        Optional<Member> owner = bodies.member(action.getOwnerMemberId());
        Optional<Body> body = bodies.byId(action.getBodyId());
        if (owner.isEmpty() || body.isEmpty() || owner.get().getEmail() == null) {
            return false;
        }
        String link = GovernanceSettings.siteAddress() + action.path(body.get().getSlug());
        boolean late = kind.equals(Reminder.LATE);
        String subject = late ? "Action en retard : " + action.getTitle()
                : "Rappel : l'action « " + action.getTitle() + " » arrive à échéance";
        String text = "Bonjour " + owner.get().getName() + ",\n\n"
                + (late ? "L'action « " + action.getTitle() + " », dont vous êtes responsable pour l'instance « "
                        + body.get().getName() + " », devait être terminée le " + ParisTime.date(action.getDueDate())
                        + ". Elle est maintenant en retard."
                : "L'action « " + action.getTitle() + " », dont vous êtes responsable pour l'instance « "
                        + body.get().getName() + " », arrive à échéance le " + ParisTime.date(action.getDueDate()) + ".")
                + "\n\nAvancement déclaré : " + action.getProgress() + " %. Mettez-la à jour (commentaire, avancement, "
                + "lien vers un justificatif) depuis « Mes actions » :\n" + link + "\n";
        long mailId = mailer.send(new MailMessage(List.of(owner.get().getEmail()), subject, text));
        actions.add(new Reminder(actionId, kind, action.getDueDate(), ParisTime.now(clock), mailId));
        return true;
    }
}
