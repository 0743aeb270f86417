package org.firmas.delivery.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.firmas.delivery.entity.MailContent;

/** Builds the MIME form of an outbox mail: text and HTML as alternatives, the CSV file beside them. */
final class MimeMessages {

    private MimeMessages() {
    }

    static MimeMessage of(String messageId, MailContent content, String recipient, Session session, InternetAddress from)
            throws MessagingException {
        return of(messageId, content, recipient, null, null, session, from);
    }

    /**
     * With a Reply-To (an organizer's address) when {@code replyTo} is not null, and a one-click
     * unsubscribe (RFC 8058: both headers, the address in angle brackets) when {@code unsubscribeUrl} is not null.
     */
    static MimeMessage of(String messageId, MailContent content, String recipient, String replyTo, String unsubscribeUrl,
                          Session session, InternetAddress from) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, messageId);
        message.setFrom(from);
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
        }
        if (unsubscribeUrl != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl.replaceAll("[\\r\\n<>]", "") + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // InternetAddress refuses CR and LF, so no value can smuggle in a header.
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(content.subject().replaceAll("[\\r\\n]+", " "), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());

        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(content.text(), "plain"));
        alternatives.addBodyPart(part(content.html(), "html"));
        if (!content.hasAttachment()) {
            message.setContent(alternatives);
            return message;
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setText(content.attachmentText(), StandardCharsets.UTF_8.name(), "csv");
        attachment.setFileName(content.attachmentName());
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }

    /**
     * Quoted-printable, said outright: it carries any text, and left unsaid Jakarta Mail reads
     * every body through once more only to pick an encoding, a tenth of the cost of sending it.
     */
    private static MimeBodyPart part(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** Keeps the Message-ID fixed at the row's, where Jakarta Mail would invent a new one per save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
