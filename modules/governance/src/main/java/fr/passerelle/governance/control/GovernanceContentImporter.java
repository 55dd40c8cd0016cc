package fr.passerelle.governance.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Imports {@code content/governance/*.md} in file-name order: {@code type: body} files first (a body, its colleges
 * and members), then {@code type: meeting} and {@code type: actions} files naming that body. Idempotent: unchanged
 * body files and meetings or actions already there are left alone.
 */
@ApplicationScoped
public class GovernanceContentImporter implements ContentImporter {

    @Inject
    BodyImport bodies;

    @Inject
    MeetingImport meetings;

    @Inject
    ActionImport actions;

    @Override
    public String moduleId() {
        return "governance";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String type = file.text("type");
        return switch (type) {
            case "body" -> bodies.importBody(file, hash(file));
            case "meeting" -> meetings.importMeeting(file);
            case "actions" -> actions.importActions(file);
            default -> throw new ContentError(file.lineOf("type"), "type inconnu « " + type
                    + " » (body, meeting ou actions)");
        };
    }

    static String hash(ContentFile file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file.fields().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
