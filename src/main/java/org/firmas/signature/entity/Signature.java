package org.firmas.signature.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.firmas.platform.EncryptedColumn;

/**
 * One person's signature on one campaign. The address and phone number are stored encrypted;
 * queries match on the keyed hashes beside them.
 */
@Entity
@Table(name = "signature")
@NamedQuery(name = Signature.EXISTS_FOR_EMAIL,
        query = "select count(s) from Signature s where s.campaignId = :campaignId and s.emailKey = :emailKey",
        hints = @QueryHint(name = Signature.BIND_PARAMETERS, value = "false"))
@NamedQuery(name = Signature.BY_EMAIL,
        query = "select s from Signature s where s.campaignId = :campaignId and s.emailKey = :emailKey",
        hints = @QueryHint(name = Signature.BIND_PARAMETERS, value = "false"))
@NamedQuery(name = Signature.IN_BATCH,
        query = "select s from Signature s where s.batchId = :batchId order by s.id")
public class Signature {

    public static final String EXISTS_FOR_EMAIL = "Signature.existsForEmail";
    public static final String IN_BATCH = "Signature.inBatch";
    public static final String BY_EMAIL = "Signature.byEmail";
    /**
     * EclipseLink's hint: set to false, it writes a query's values into its statement instead of
     * binding them. A statement run again and again may be kept by PostgreSQL with one plan for all
     * values, made while the table was small: for an address on one campaign, one that reads the
     * whole campaign through another index once it has grown (see {@code AlreadySigned}).
     */
    public static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signature_seq")
    @SequenceGenerator(name = "signature_seq", sequenceName = "signature_seq", allocationSize = 500)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @Column(name = "email_domain_key", nullable = false)
    private String emailDomainKey;

    /** Null only for a signature typed in from a paper sheet that gave no address. */
    @Convert(converter = EncryptedColumn.class)
    private String email;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String zip;

    private String area;

    @Convert(converter = EncryptedColumn.class)
    private String phone;

    @Column(name = "signer_comment")
    private String comment;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "mail_count", nullable = false)
    private int mailCount;

    @Column(name = "last_mail_at")
    private Instant lastMailAt;

    @Column(name = "listed_publicly", nullable = false)
    private boolean listedPublicly;

    @Column(name = "wants_updates", nullable = false)
    private boolean wantsUpdates;

    /** A partner's key, a share channel or the embed, as the campaign knows them; null for none. */
    private String source;

    @Column(name = "partner_opt_in", nullable = false)
    private boolean partnerOptIn;

    @Column(name = "ip_key")
    private String addressKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspect_reason")
    private SuspectReason suspectReason;

    /** The paper import that typed this signature in from a sheet; null for one signed online. */
    @Column(name = "paper_import_id")
    private Long paperImportId;

    protected Signature() {
    }

    public Signature(long campaignId, SignerDetails signer, AddressKeys keys, String area, String language,
                     SignatureStatus status, Instant createdAt) {
        this.campaignId = campaignId;
        this.emailKey = keys.address();
        this.emailDomainKey = keys.domain();
        this.email = signer.email();
        this.firstName = signer.firstName();
        this.lastName = signer.lastName() == null ? "" : signer.lastName(); // a name written on paper may be one word
        this.zip = signer.zip();
        this.phone = signer.phone();
        this.comment = signer.comment();
        this.area = area;
        this.language = language;
        this.status = status;
        this.createdAt = createdAt;
        this.listedPublicly = signer.listPublicly();
        this.wantsUpdates = signer.wantsUpdates();
        this.source = signer.source();
        this.partnerOptIn = signer.partnerOptIn();
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getZip() {
        return zip;
    }

    public String getArea() {
        return area;
    }

    public String getComment() {
        return comment;
    }

    public String getLanguage() {
        return language;
    }

    public SignatureStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getEmail() {
        return email;
    }

    public int getMailCount() {
        return mailCount;
    }

    public Instant getLastMailAt() {
        return lastMailAt;
    }

    /** Records where the signature came from, and holds it as suspect when the checks said so. */
    public void cameFrom(SigningOrigin origin) {
        addressKey = origin.addressKey();
        suspectReason = origin.suspectReason();
        if (origin.isSuspect() && status == SignatureStatus.PENDING) {
            status = SignatureStatus.SUSPECT;
        }
    }

    /** Whether a mail to this signer should still carry a confirmation link. */
    public boolean awaitsConfirmation() {
        return status == SignatureStatus.PENDING || (status == SignatureStatus.SUSPECT && confirmedAt == null);
    }

    /** Confirmed on the word of a trusted API key, with no confirmation mail. */
    public void vouchedFor(Instant when) {
        status = SignatureStatus.CONFIRMED;
        confirmedAt = when;
    }

    /** Signed in person on a paper sheet and typed in by an organizer: confirmed, with no mail. */
    public void typedFromPaper(long importId, Instant when) {
        paperImportId = importId;
        vouchedFor(when);
    }

    public boolean hasEmailKey(String key) {
        return SignerKey.matches(emailKey, key);
    }

    public Long getPaperImportId() {
        return paperImportId;
    }

    /** Counts a mail to this signer; the caller checked {@link #mayBeMailed}. */
    public void mailed(Instant when) {
        mailCount++;
        lastMailAt = when;
    }

    /** At most {@code limit} mails per address per campaign, and none within the cooldown of the last one. */
    public boolean mayBeMailed(int limit, java.time.Duration cooldown, Instant now) {
        return mailCount < limit && (lastMailAt == null || lastMailAt.plus(cooldown).isBefore(now));
    }
}
