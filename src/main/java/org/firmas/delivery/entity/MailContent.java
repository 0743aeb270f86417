package org.firmas.delivery.entity;

/** What a mail says: a subject, the same text as plain text and HTML, and an optional CSV file. */
public record MailContent(String subject, String text, String html, String attachmentName, String attachmentText) {

    public MailContent(String subject, String text, String html) {
        this(subject, text, html, null, null);
    }

    public boolean hasAttachment() {
        return attachmentName != null && attachmentText != null;
    }
}
