package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import fr.passerelle.kernel.mail.MailAttachment;
import fr.passerelle.kernel.mail.MailMessage;
import fr.passerelle.kernel.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;

/**
 * The e-mails a registrant receives, queued in the outbox within the transaction that changed the registration:
 * a rolled-back change sends nothing, a committed one is sent even across a restart, and never twice.
 */
@ApplicationScoped
public class RegistrationMails {

    static final String SIGNATURE = "\n\n-- \nL'équipe de Passerelle\nCe message est envoyé automatiquement : n'y répondez pas.";

    @Inject
    Mailer mailer;

    @Inject
    ManagementLinks links;

    @Inject
    EventRepository events;

    @Inject
    java.time.Clock clock;

    /** The mail that follows a change of status: pending, confirmed, waitlisted (from a request or a promotion). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Event event, Registration r, URI base, long position, boolean promoted) {
        String link = links.issue(event, r, base);
        List<EventSession> sessions = sessionsOf(event, r);
        StringBuilder text = new StringBuilder("Bonjour ").append(r.getName()).append(",\n\n");
        String subject;
        switch (r.getStatus()) {
            case PENDING -> {
                subject = (promoted ? "Une place s'est libérée : confirmez votre inscription à " : "Confirmez votre inscription à ")
                        + event.getTitle();
                text.append(promoted ? "Une place s'est libérée pour vous à " : "Nous avons bien reçu votre demande d'inscription à ")
                        .append(event.getTitle()).append(".\n\nPour confirmer que cette adresse est la vôtre et garder vos places, "
                                + "ouvrez ce lien avant le ").append(Dates.dayAndTime(r.getExpiresAt())).append(" :\n")
                        .append(link).append("/confirmer\n\nSans confirmation à cette date, vos places seront libérées "
                                + "pour d'autres personnes.\n");
            }
            case CONFIRMED -> {
                subject = (promoted ? "Une place s'est libérée : votre inscription est confirmée — " : "Inscription confirmée — ")
                        + event.getTitle();
                text.append(promoted ? "Bonne nouvelle : une place s'est libérée et votre inscription à " : "Votre inscription à ")
                        .append(event.getTitle()).append(" est confirmée.\n\nÀ l'accueil, présentez le QR code joint "
                                + "ou donnez votre code : ").append(r.getCheckinCode()).append("\n");
            }
            case WAITLISTED -> {
                subject = "Liste d'attente — " + event.getTitle();
                text.append("Il n'y a plus de place pour ce que vous avez demandé à ").append(event.getTitle())
                        .append(" : vous êtes sur la liste d'attente, en position ").append(position)
                        .append(".\nDès qu'une place se libère, la première personne de la liste qui peut la prendre est "
                                + "inscrite automatiquement et reçoit un courriel.\n");
                if (!r.isEmailVerified()) {
                    text.append("\nPour que votre place soit confirmée d'emblée à ce moment-là, confirmez dès maintenant "
                            + "votre adresse :\n").append(link).append("/confirmer\n");
                }
            }
            default -> throw new IllegalStateException("no mail for " + r.getStatus());
        }
        describe(text, event, sessions);
        text.append("\nVoir, modifier ou annuler votre inscription, télécharger ou effacer vos données :\n").append(link)
                .append("\nCe lien est personnel : ne le transmettez pas.");
        MailMessage mail = new MailMessage(List.of(r.getEmail()), subject, text.append(SIGNATURE).toString());
        if (r.getStatus() == RegistrationStatus.CONFIRMED) {
            withTicket(mail, event, r, sessions, base);
        }
        mailer.send(mail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Event event, Registration r) {
        mailer.send(new MailMessage(List.of(r.getEmail()), "Inscription annulée — " + event.getTitle(),
                "Bonjour " + r.getName() + ",\n\nVotre inscription à " + event.getTitle() + " est annulée ; vos places "
                        + "sont rendues à d'autres personnes. Vous pouvez vous inscrire de nouveau tant que les inscriptions "
                        + "sont ouvertes." + SIGNATURE));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reminder(Event event, Registration r, URI base) {
        String link = links.issue(event, r, base);
        List<EventSession> sessions = sessionsOf(event, r);
        StringBuilder text = new StringBuilder("Bonjour ").append(r.getName()).append(",\n\n")
                .append(event.getTitle()).append(" commence ").append(Dates.dayAndTime(event.getStartsAt()))
                .append(". Présentez votre code d'accueil à l'entrée : ").append(r.getCheckinCode()).append(".\n");
        describe(text, event, sessions);
        text.append("\nUn empêchement ? Annulez pour libérer votre place :\n").append(link);
        MailMessage mail = new MailMessage(List.of(r.getEmail()), "Rappel : " + event.getTitle() + " commence demain",
                text.append(SIGNATURE).toString());
        mailer.send(withTicket(mail, event, r, sessions, base));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionMessage(Event event, EventSession session, Registration r, String subject, String body) {
        mailer.send(new MailMessage(List.of(r.getEmail()), subject, "Bonjour " + r.getName() + ",\n\n"
                + "Les organisateurs de " + event.getTitle() + " vous écrivent au sujet de la session « "
                + session.getTitle() + " » (" + Dates.dayAndTime(session.getStartsAt()) + ") :\n\n" + body + SIGNATURE));
    }

    private MailMessage withTicket(MailMessage mail, Event event, Registration r, List<EventSession> sessions, URI base) {
        return mail.withAttachment(ProgrammeCalendar.attachment(event, sessions, base, clock))
                .withAttachment(new MailAttachment("code-accueil.png", "image/png", TicketImages.png(r.getCheckinCode())));
    }

    private static void describe(StringBuilder text, Event event, List<EventSession> sessions) {
        text.append("\n").append(event.getTitle()).append(", ").append(Dates.span(event.getStartsAt(), event.getEndsAt()))
                .append("\n").append(event.getVenue()).append(event.getAddress().isBlank() ? "" : ", " + event.getAddress())
                .append("\n");
        if (!sessions.isEmpty()) {
            text.append("\nSessions demandées :\n");
            for (EventSession s : sessions) {
                text.append("- ").append(Dates.dayAndTime(s.getStartsAt())).append(" : ").append(s.getTitle())
                        .append(s.getRoom().isBlank() ? "" : " (" + s.getRoom() + ")").append("\n");
            }
        }
    }

    private List<EventSession> sessionsOf(Event event, Registration r) {
        return events.sessions(event.getId()).stream().filter(s -> r.getSessionIds().contains(s.getId())).toList();
    }
}
