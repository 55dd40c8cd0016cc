package fr.passerelle.kernel.mail;

import fr.passerelle.kernel.outbox.OutboxConsumer;
import fr.passerelle.kernel.outbox.OutboxEvent;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Set;
import java.util.logging.Logger;

/** The outbox consumer that sends queued e-mails over SMTP, or writes them to the spool folder. */
@ApplicationScoped
public class MailDelivery implements OutboxConsumer {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final MailSettings settings;

    public MailDelivery() {
        this(MailSettings.fromEnvironment());
    }

    public MailDelivery(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Mailer.TOPIC);
    }

    @Override
    public void consume(OutboxEvent event) throws MessagingException, IOException {
        MailMessage message = JSON.fromJson(event.payload(), MailMessage.class);
        Session session = session();
        MimeMessage mime = compose(session, message, event.id());
        if (settings.usesSmtp()) {
            Transport.send(mime);
            LOG.info(() -> "Courriel " + event.id() + " envoyé à " + message.getTo() + " : " + message.getSubject());
        } else {
            Path file = spool(mime, event.id());
            LOG.info(() -> "Courriel " + event.id() + " écrit dans " + file + " (pas de serveur SMTP configuré)");
        }
    }

    private Session session() {
        if (settings.user().isPresent()) {
            String user = settings.user().get();
            String password = settings.password().orElse("");
            return Session.getInstance(settings.sessionProperties(), new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(settings.sessionProperties());
    }

    MimeMessage compose(Session session, MailMessage message, long eventId)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from(), false));
        for (String to : message.getTo()) {
            mime.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        }
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        // A stable id lets a receiving system discard a copy sent twice after a crash.
        mime.setHeader("X-Passerelle-Event", String.valueOf(eventId));

        MimeMultipart body = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getText(), "UTF-8");
        body.addBodyPart(text);
        if (message.getHtml() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(message.getHtml(), "text/html; charset=UTF-8");
            body.addBodyPart(html);
        }
        if (message.getAttachments() == null || message.getAttachments().isEmpty()) {
            mime.setContent(body);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart content = new MimeBodyPart();
            content.setContent(body);
            mixed.addBodyPart(content);
            for (MailAttachment attachment : message.getAttachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.getContentType())));
                part.setFileName(attachment.getFilename());
                mixed.addBodyPart(part);
            }
            mime.setContent(mixed);
        }
        mime.saveChanges();
        return mime;
    }

    /** Named by event id and written atomically, so a second delivery of the same event replaces the file. */
    private Path spool(MimeMessage mime, long eventId) throws IOException, MessagingException {
        Files.createDirectories(settings.spoolDir());
        Path target = settings.spoolDir().resolve(String.format("%010d.eml", eventId));
        Path temp = Files.createTempFile(settings.spoolDir(), "envoi-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            mime.writeTo(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
