package fr.passerelle.events;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads what the tests need from received e-mails: the text, an attachment, a link; decodes a QR code. */
final class MailParts {

    private MailParts() {
    }

    static String text(MimeMessage message) {
        try {
            return find(message, "text/plain", null).map(p -> {
                try {
                    return (String) p.getContent();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<byte[]> attachment(MimeMessage message, String filename) {
        try {
            return find(message, null, filename).map(p -> {
                try {
                    return p.getInputStream().readAllBytes();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Part> find(Part part, String type, String filename) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<Part> found = find(child, type, filename);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        boolean matches = filename != null ? filename.equals(part.getFileName())
                : part.isMimeType(type) && part.getFileName() == null;
        return matches ? Optional.of(part) : Optional.empty();
    }

    /** The first address in the text matching the pattern (a management or confirmation link). */
    static String link(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no link " + pattern + " in:\n" + text);
        }
        return m.group();
    }

    static String decodeQr(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        } catch (IOException | com.google.zxing.ReaderException e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
}
