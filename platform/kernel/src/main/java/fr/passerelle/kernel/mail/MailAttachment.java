package fr.passerelle.kernel.mail;

/** A file joined to an e-mail (an .ics invitation, a QR code); content is Base64. */
public class MailAttachment {

    private String filename;
    private String contentType;
    private String base64;

    public MailAttachment() {
    }

    public MailAttachment(String filename, String contentType, byte[] content) {
        this.filename = filename;
        this.contentType = contentType;
        this.base64 = java.util.Base64.getEncoder().encodeToString(content);
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getBase64() {
        return base64;
    }

    public void setBase64(String base64) {
        this.base64 = base64;
    }

    public byte[] content() {
        return java.util.Base64.getDecoder().decode(base64);
    }
}
