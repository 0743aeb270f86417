package org.firmas.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A mail as a test reads it: recipient, headers (Reply-To and the one-click unsubscribe headers as
 * sent, null without them), and its plain-text and HTML parts.
 */
public record ReceivedMail(String to, String subject, String messageId, String contentType, String text, String html,
                           String attachmentName, String attachment, String replyTo, String listUnsubscribe,
                           String listUnsubscribePost) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(message.getAllRecipients()[0].toString(), message.getSubject(),
                    message.getMessageID(), message.getContentType(), parts.text, parts.html, parts.attachmentName,
                    parts.attachment, message.getHeader("Reply-To", ", "), message.getHeader("List-Unsubscribe", ", "),
                    message.getHeader("List-Unsubscribe-Post", ", "));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail as stored or sent on the wire (RFC 5322), read as a mail reader would. */
    public static ReceivedMail parse(InputStream wire) {
        try {
            return of(new MimeMessage(Session.getInstance(new Properties()), wire));
        } catch (MessagingException e) {
            throw new IllegalStateException("Not a MIME message", e);
        }
    }

    public static List<ReceivedMail> all(MimeMessage[] messages) {
        return Arrays.stream(messages).map(ReceivedMail::of).toList();
    }

    private static final class Parts {
        String text;
        String html;
        String attachmentName;
        String attachment;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachmentName = part.getFileName();
                attachment = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } else if (part.isMimeType("text/plain")) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/html")) {
                html = part.getContent().toString();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            }
        }
    }
}
