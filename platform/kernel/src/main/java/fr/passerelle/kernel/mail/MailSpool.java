package fr.passerelle.kernel.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads back the .eml files of the local run, newest first, for the administrators' mailbox page. */
@ApplicationScoped
public class MailSpool {

    public List<Map<String, Object>> latest(int limit) {
        Path dir = MailSettings.fromEnvironment().spoolDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .limit(limit)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
        Session session = Session.getInstance(new Properties());
        List<Map<String, Object>> result = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage mime = new MimeMessage(session, in);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", file.getFileName().toString());
                row.put("subject", mime.getSubject());
                row.put("to", String.join(", ", Stream.of(mime.getAllRecipients()).map(Object::toString).toList()));
                row.put("date", mime.getSentDate() == null ? "" : mime.getSentDate().toInstant().toString());
                result.add(row);
            } catch (IOException | MessagingException | NullPointerException e) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", file.getFileName().toString());
                row.put("subject", "(fichier illisible)");
                row.put("to", "");
                row.put("date", "");
                result.add(row);
            }
        }
        return result;
    }

    public boolean spooling() {
        return !MailSettings.fromEnvironment().usesSmtp();
    }
}
