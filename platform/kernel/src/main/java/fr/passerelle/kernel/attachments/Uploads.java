package fr.passerelle.kernel.attachments;

import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads uploaded files from requests, bounded, for pages and the API alike; {@link Attachments#store} then
 * checks and keeps them.
 *
 * <p><b>Pages</b> post a {@code multipart/form-data} form, which works without JavaScript. The CSRF token is a
 * field like any other (the kernel's CsrfFilter finds it in multipart bodies), and the body may be up to
 * {@code PASSERELLE_MAX_UPLOAD_BYTES} (21 Mio: one 20 Mo file and the fields) before the kernel answers 413.
 * With the DSFR's upload field:
 * <pre>{@code
 * <form method="post" action="/ressources/$slug/fichiers" enctype="multipart/form-data">
 *   <input type="hidden" name="$csrf.field" value="$csrf.token">
 *   <div class="fr-upload-group">
 *     <label class="fr-label" for="fichier">Ajouter un fichier
 *       <span class="fr-hint-text">$hint</span></label>      <!-- Uploads.HINT -->
 *     <input class="fr-upload" type="file" id="fichier" name="fichier" accept="$accept">  <!-- Uploads.ACCEPT -->
 *   </div>
 *   <button class="fr-btn" type="submit">Envoyer</button>
 * </form>
 * }</pre>
 * The endpoint takes the parts as a list (JAX-RS 3.1 {@link EntityPart}; Payara's Jersey buffers large parts to
 * temporary files, not memory), and redirects after the use case stored the file:
 * <pre>{@code
 * @POST @Path("{slug}/fichiers") @Consumes(MediaType.MULTIPART_FORM_DATA)
 * public Response attach(@PathParam("slug") String slug, List<EntityPart> parts) {
 *     Upload file = Uploads.file(parts);                          // field "fichier"; 400 when none was chosen
 *     String title = Uploads.field(parts, "titre").orElse("");
 *     attachFile.attach(slug, title, file);                       // @Transactional, calls attachments.store
 *     return Response.seeOther(URI.create("/ressources/" + slug)).build();
 * }
 * }</pre>
 * Refusals are {@link InvalidInput} on "fichier" (400: a French error page for pages, problem+json under
 * {@code /api}).
 *
 * <p><b>The API</b> accepts the same multipart body, or the file's bytes alone, which scripts send most simply
 * ({@code curl --data-binary @guide.pdf -H 'Content-Type: application/octet-stream' '…/fichiers?nom=guide.pdf'}):
 * <pre>{@code
 * @POST @Path("{slug}/fichiers") @Consumes(MediaType.APPLICATION_OCTET_STREAM)
 * public Response attach(@PathParam("slug") String slug, @QueryParam(Uploads.NAME_PARAMETER) String name,
 *                        InputStream body) {
 *     StoredFile file = attachFile.attach(slug, Uploads.raw(name, body));
 *     return Response.created(URI.create(file.url())).entity(...).build();
 * }
 * }</pre>
 * Such bodies are counted as they are read and get the upload limit too.
 */
public final class Uploads {

    /** The form field of the file, and the field refusals name. */
    public static final String FILE_FIELD = "fichier";
    /** The query parameter naming a file sent as raw bytes. */
    public static final String NAME_PARAMETER = "nom";
    /** For {@code <input type="file" accept="…">}: browsers then offer these files first. */
    public static final String ACCEPT = ".pdf,.odt,.docx,.ods,.xlsx,.png,.jpg,.jpeg";
    /** The DSFR upload field's hint. */
    public static final String HINT = "Taille maximale : 20 Mo. Formats acceptés : PDF, ODT, DOCX, ODS, XLSX, PNG, JPEG.";
    /** Longest plain field read from a multipart form. */
    static final int MAX_FIELD_BYTES = 256 * 1024;

    private Uploads() {
    }

    /** The file of the form field "fichier". */
    public static Upload file(List<EntityPart> parts) {
        return file(parts, FILE_FIELD);
    }

    /** The file of a form field; a field with no file chosen is refused with "est obligatoire". */
    public static Upload file(List<EntityPart> parts, String name) {
        return optionalFile(parts, name).orElseThrow(() -> InvalidInput.of(name,
                "est obligatoire : choisissez un fichier"));
    }

    /** The file of a form field, or empty when none was chosen (browsers then send a part without a name). */
    public static Optional<Upload> optionalFile(List<EntityPart> parts, String name) {
        Optional<EntityPart> part = part(parts, name);
        Optional<String> filename = part.flatMap(EntityPart::getFileName).filter(f -> !f.isBlank());
        if (filename.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Upload(repairedUtf8(filename.get()), part.get().getContent()));
    }

    /** A plain field of a multipart form, as UTF-8 text (what browsers send), at most 256 Kio. */
    public static Optional<String> field(List<EntityPart> parts, String name) {
        Optional<EntityPart> part = part(parts, name);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = part.get().getContent()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (bytes.length > MAX_FIELD_BYTES) {
                throw InvalidInput.of(name, "est trop long");
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("lecture du champ " + name + " impossible", e);
        }
    }

    /** A file sent as the request body alone, named by the {@value #NAME_PARAMETER} parameter. */
    public static Upload raw(String filename, InputStream body) {
        if (filename == null || filename.isBlank()) {
            throw InvalidInput.of(NAME_PARAMETER, "est obligatoire : donnez le nom du fichier (par exemple guide.pdf)");
        }
        return new Upload(filename, body);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    /**
     * Browsers write a file name in the part's headers as raw UTF-8, which the multipart parser reads one byte per
     * character: "Ã©tÃ©.pdf" for "été.pdf". Such a name is decoded again when its bytes are valid UTF-8; a name
     * already right (or truly Latin-1) is left as is.
     */
    static String repairedUtf8(String name) {
        if (name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xff)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }
}
