package fr.passerelle.kernel.mail;

import java.util.List;

/**
 * An e-mail as the platform queues it in the outbox (serialised as JSON). The text part is mandatory
 * so that every message reads in any client; the HTML part is optional.
 */
public class MailMessage {

    private List<String> to = List.of();
    private String subject;
    private String text;
    private String html;
    private List<MailAttachment> attachments = List.of();

    public MailMessage() {
    }

    public MailMessage(List<String> to, String subject, String text) {
        this.to = List.copyOf(to);
        this.subject = subject;
        this.text = text;
    }

    public MailMessage withHtml(String html) {
        this.html = html;
        return this;
    }

    public MailMessage withAttachment(MailAttachment attachment) {
        this.attachments = new java.util.ArrayList<>(attachments);
        this.attachments.add(attachment);
        return this;
    }

    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public List<MailAttachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<MailAttachment> attachments) {
        this.attachments = attachments;
    }
}
