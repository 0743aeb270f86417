package org.firmas.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail waiting to leave, written in the transaction of the event that causes it. The
 * Message-ID is fixed when the row is written, so a resend after a crash is the same message.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.WITH_IDS, query = "select m from OutboxMessage m where m.id in :ids order by m.id")
public class OutboxMessage {

    /** (ids): the messages of a claim, in id order. */
    public static final String WITH_IDS = "OutboxMessage.withIds";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 500)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true)
    private String messageId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_text")
    private String attachmentText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "signature_id")
    private Long signatureId;

    @Column(name = "reply_to")
    private String replyTo;

    @Column(name = "update_id")
    private Long updateId;

    @Column(name = "list_unsubscribe")
    private String listUnsubscribe;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageId, String kind, Long batchId, String recipient, MailContent content, Instant now) {
        this.messageId = messageId;
        this.kind = kind;
        this.batchId = batchId;
        this.recipient = recipient;
        this.subject = content.subject();
        this.bodyText = content.text();
        this.bodyHtml = content.html();
        this.attachmentName = content.attachmentName();
        this.attachmentText = content.attachmentText();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Answers go to an organizer: the campaign's contact or the organization's address. */
    public void answeredAt(String address) {
        this.replyTo = address;
    }

    /** The Reply-To address, or null when answers go to the sender. */
    public String getReplyTo() {
        return replyTo;
    }

    /** Ties a supporter mail to its signature, so erasing the signature erases the mail. */
    public void concerns(long signatureId) {
        this.signatureId = signatureId;
    }

    /**
     * A supporter update's copy: the update it belongs to, and the address that unsubscribes this
     * signer in one click. The address names no one; it is the same link as in the body.
     */
    public void carriesUpdate(long update, String unsubscribeUrl) {
        this.updateId = update;
        this.listUnsubscribe = unsubscribeUrl;
    }

    /** The one-click unsubscribe address (RFC 8058), or null for mails that are no update. */
    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getKind() {
        return kind;
    }

    public Long getBatchId() {
        return batchId;
    }

    public String getRecipient() {
        return recipient;
    }

    /** As stored: the bodies encrypted while the mail waits, and empty once it is sent. */
    public MailContent getContent() {
        return new MailContent(subject, bodyText, bodyHtml, attachmentName, attachmentText);
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Until when the sender that claimed it holds it; the same for every message of one claim. */
    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    /** The sender's lease renewed, or, with null, lost to another sender. */
    public void heldUntil(Instant until) {
        this.claimedUntil = until;
    }
}
