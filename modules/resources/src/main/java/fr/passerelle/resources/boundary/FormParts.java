package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multipart page form: its text fields by name (checkboxes repeat a name) and its optional file, so that a
 * form with a file works like any other form without JavaScript.
 */
final class FormParts {

    static final int MAX_FIELD_BYTES = 256 * 1024;

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Optional<Upload> file;

    private FormParts(List<EntityPart> parts) {
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getFileName().isEmpty() && !Uploads.FILE_FIELD.equals(part.getName())) {
                fields.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(text(part));
            }
        }
        this.file = Uploads.optionalFile(parts, Uploads.FILE_FIELD);
    }

    static FormParts of(List<EntityPart> parts) {
        return new FormParts(parts);
    }

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    Optional<Upload> file() {
        return file;
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw InvalidInput.of(part.getName(), "est trop long");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("lecture du formulaire impossible", e);
        }
    }
}
