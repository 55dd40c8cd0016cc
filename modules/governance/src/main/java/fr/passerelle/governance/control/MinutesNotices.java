package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.kernel.mail.MailMessage;
import fr.passerelle.kernel.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Tells the body's sitting members, by e-mail through the outbox (so in the transition's transaction: a refused
 * transition mails nobody), that a review opened or that minutes were published. One message per person, so
 * that nobody sees the others' addresses; members without an address are skipped.
 */
@ApplicationScoped
public class MinutesNotices {

    @Inject
    BodyRepository bodies;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public int reviewOpened(Body body, Meeting meeting, Minutes minutes, String pageUrl) {
        String subject = "Relecture du compte rendu : " + meeting.getTitle();
        String text = "Bonjour,\n\nLe secrétariat de l'instance « " + body.getName() + " » soumet à votre relecture le "
                + "compte rendu de la réunion « " + meeting.getTitle() + " » du " + ParisTime.dateTime(meeting.getStartsAt())
                + ".\n\nVous pouvez le commenter ligne par ligne ou dans son ensemble jusqu'au "
                + ParisTime.date(minutes.getReviewDeadline()) + " :\n" + pageUrl
                + "\n\nCe message vous est adressé en tant que membre de l'instance.\n";
        return send(body, subject, text);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int published(Body body, Meeting meeting, Minutes minutes, String pageUrl) {
        String subject = "Compte rendu publié : " + meeting.getTitle();
        String text = "Bonjour,\n\nLe compte rendu de la réunion « " + meeting.getTitle() + " » de l'instance « "
                + body.getName() + " » est publié (" + (minutes.getVisibility().code().equals("public")
                ? "consultable par tous" : "réservé aux membres de l'instance") + ")"
                + (minutes.getVersion() > 1 ? ", version " + minutes.getVersion() + " (erratum)" : "") + " :\n"
                + pageUrl + "\n\nCe message vous est adressé en tant que membre de l'instance.\n";
        return send(body, subject, text);
    }

    private int send(Body body, String subject, String text) {
        var today = ParisTime.today(clock);
        List<String> addresses = bodies.members(body.getId()).stream().filter(m -> m.sitsOn(today))
                .map(Member::getEmail).filter(e -> e != null && !e.isBlank()).distinct().toList();
        for (String to : addresses) {
            mailer.send(new MailMessage(List.of(to), subject, text));
        }
        return addresses.size();
    }
}
