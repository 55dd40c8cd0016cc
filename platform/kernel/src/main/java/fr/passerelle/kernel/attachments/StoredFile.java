package fr.passerelle.kernel.attachments;

import java.time.OffsetDateTime;

/**
 * A file kept by {@link Attachments}: what pages and the API show about it. The bytes and the extracted
 * text are read separately ({@link AttachmentDownloads}, {@link Attachments#text(long)}).
 *
 * @param owner    who it belongs to, {@code <module>:<entity>:<id>}, e.g. {@code resources:resource:42}
 * @param filename the name it was uploaded with, cleaned ({@link FileNames#clean}); accents kept
 * @param size     bytes
 * @param sha256   lowercase hexadecimal digest of the bytes, also the download's ETag
 */
public record StoredFile(long id, String owner, String filename, FileKind kind, long size, String sha256,
                         OffsetDateTime storedAt) {

    /** Where it is downloaded: {@code /fichiers/{id}/{ascii-name}}. */
    public String url() {
        return "/fichiers/" + id + "/" + FileNames.urlName(filename, kind);
    }

    /** Size for people, in French: "850 octets", "12 ko", "1,2 Mo". */
    public String sizeLabel() {
        return sizeLabel(size);
    }

    /**
     * Binary multiples (1 Mo = 1 048 576 octets) so that the 20 Mo limit reads as it is enforced; one decimal
     * under ten, none above, a trailing ",0" dropped.
     */
    public static String sizeLabel(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes < 2 ? " octet" : " octets");
        }
        double value = bytes / 1024.0;
        String unit = "ko";
        if (value >= 1024) {
            value /= 1024;
            unit = "Mo";
        }
        if (value >= 1024) {
            value /= 1024;
            unit = "Go";
        }
        String number;
        if (value < 9.95) {
            long tenths = Math.round(value * 10);
            number = tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
        } else {
            number = String.valueOf(Math.round(value));
        }
        return number + " " + unit;
    }
}
