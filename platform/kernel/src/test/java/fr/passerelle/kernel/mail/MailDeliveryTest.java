package fr.passerelle.kernel.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.passerelle.kernel.outbox.OutboxEvent;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static OutboxEvent event(long id, MailMessage message) {
        return new OutboxEvent(id, Mailer.TOPIC, JsonbBuilder.create().toJson(message), OffsetDateTime.now());
    }

    private static MailMessage invitation() {
        return new MailMessage(List.of("aidante@example.org"), "Votre inscription à Numérique en Commun[s]",
                "Bonjour,\nvotre place est confirmée.")
                .withAttachment(new MailAttachment("invitation.ics", "text/calendar",
                        "BEGIN:VCALENDAR\nEND:VCALENDAR\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sendsOverSmtpWithFrenchSubjectAndAttachment(@TempDir Path var) throws Exception {
        MailSettings settings = new MailSettings(Optional.of("127.0.0.1"), smtp.getSmtp().getPort(), Optional.empty(),
                Optional.empty(), false, "Passerelle <ne-pas-repondre@passerelle.test>", var.resolve("mail"));
        new MailDelivery(settings).consume(event(42, invitation()));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Votre inscription à Numérique en Commun[s]", received[0].getSubject());
        assertEquals("42", received[0].getHeader("X-Passerelle-Event")[0]);
        assertTrue(GreenMailUtil.getBody(received[0]).contains("invitation.ics"));
        assertEquals(2, ((Multipart) received[0].getContent()).getCount());
        assertTrue(Files.notExists(var.resolve("mail")), "nothing spooled when SMTP is configured");
    }

    @Test
    void unreachableServerFailsSoTheOutboxRetries(@TempDir Path var) {
        MailSettings settings = new MailSettings(Optional.of("127.0.0.1"), 1, Optional.empty(), Optional.empty(),
                false, "Passerelle <ne-pas-repondre@passerelle.test>", var.resolve("mail"));
        assertThrows(Exception.class, () -> new MailDelivery(settings).consume(event(7, invitation())));
    }

    @Test
    void withoutSmtpWritesOneEmlFilePerEventEvenWhenDeliveredTwice(@TempDir Path var) throws Exception {
        MailSettings settings = new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), false,
                "Passerelle <ne-pas-repondre@passerelle.test>", var.resolve("mail"));
        MailDelivery delivery = new MailDelivery(settings);
        delivery.consume(event(9, invitation()));
        delivery.consume(event(9, invitation()));

        try (var files = Files.list(var.resolve("mail"))) {
            List<Path> eml = files.toList();
            assertEquals(List.of(var.resolve("mail").resolve("0000000009.eml")), eml);
            String text = Files.readString(eml.get(0), StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("aidante@example.org"));
        }
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
