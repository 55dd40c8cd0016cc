package fr.passerelle.kernel.attachments;

import fr.passerelle.kernel.api.Slugs;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * File names as people gave them, made safe to store, show and send back: the name is only ever a label, never
 * a path, and never decides the type.
 */
final class FileNames {

    /** Longest name kept, in characters people see (code points), extension included. */
    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "fichier";

    // Control characters, and format characters such as right-to-left overrides that make "gpj.exe" read "exe.jpg".
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]");
    private static final Pattern EXTENSION = Pattern.compile("(?=[a-z0-9]*[a-z])[a-z0-9]{1,5}");

    private FileNames() {
    }

    /**
     * The name without any folder, invisible or control character, surrounding spaces or dots, at most
     * {@value #MAX_LENGTH} characters (the extension kept); "fichier" when nothing is left. Accents are kept
     * (and composed, NFC, so that "é" is stored one way only).
     */
    static String clean(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = Normalizer.normalize(n, Normalizer.Form.NFC);
        n = INVISIBLE.matcher(n).replaceAll("");
        n = n.replaceAll("\\s+", " ").strip();
        n = n.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            Optional<String> extension = extension(n);
            String tail = extension.map(e -> "." + e).orElse("");
            String base = extension.isPresent() ? n.substring(0, n.length() - tail.length()) : n;
            int keep = MAX_LENGTH - tail.length();
            base = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
            n = base + tail;
        }
        return n.isEmpty() ? FALLBACK : n;
    }

    /**
     * The lowercase extension, when the name ends with one: one to five letters or digits, at least one letter
     * ("rapport v1.2" has none, so a type's extension is added rather than refused).
     */
    static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? Optional.of(extension) : Optional.empty();
    }

    /** The name with the kind's extension added when it has none. */
    static String withExtension(String cleaned, FileKind kind) {
        if (extension(cleaned).isPresent()) {
            return cleaned;
        }
        String tail = "." + kind.extension();
        int room = MAX_LENGTH - tail.length();
        String base = cleaned.codePointCount(0, cleaned.length()) > room
                ? cleaned.substring(0, cleaned.offsetByCodePoints(0, room)).strip() : cleaned;
        return base + tail;
    }

    /** The last segment of a download address: lowercase ASCII words and the kind's extension. */
    static String urlName(String filename, FileKind kind) {
        String base = extension(filename).map(e -> filename.substring(0, filename.length() - e.length() - 1))
                .orElse(filename);
        String slug = Slugs.of(base);
        return (slug.isEmpty() ? FALLBACK : slug) + "." + kind.extension();
    }

    /**
     * A Content-Disposition value (RFC 6266): an ASCII {@code filename} for old clients, and the exact name as
     * {@code filename*} in UTF-8 (RFC 8187), which current browsers prefer.
     */
    static String contentDisposition(String filename, boolean inline) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''"
                + percentEncoded(filename);
    }

    static String asciiFallback(String filename) {
        String ascii = Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        ascii.codePoints().forEach(c -> sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return sb.toString();
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~}; every other byte as %XX. */
    static String percentEncoded(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
