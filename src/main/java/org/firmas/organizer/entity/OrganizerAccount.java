package org.firmas.organizer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person who logs in to the console. The email, lower-cased, is the login name. A partner's
 * account names the one campaign and partner key it sees; the database refuses it for any other role.
 */
@Entity
@Table(name = "organizer_account")
@NamedQuery(name = OrganizerAccount.BY_EMAIL, query = "select a from OrganizerAccount a where a.email = :email")
@NamedQuery(name = OrganizerAccount.ALL, query = "select a from OrganizerAccount a order by a.email")
@NamedQuery(name = OrganizerAccount.COUNT_ADMINS, query = "select count(a) from OrganizerAccount a where a.role = 'admin'")
public class OrganizerAccount {

    public static final String BY_EMAIL = "OrganizerAccount.byEmail";
    public static final String ALL = "OrganizerAccount.all";
    public static final String COUNT_ADMINS = "OrganizerAccount.countAdmins";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organizer_account_seq")
    @SequenceGenerator(name = "organizer_account_seq", sequenceName = "organizer_account_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String role;

    @Column(name = "password_salt", nullable = false)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false)
    private int passwordIterations;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "partner_key")
    private String partnerKey;

    protected OrganizerAccount() {
    }

    public OrganizerAccount(String email, String displayName, Role role, PasswordHash password, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.role = role.groupName();
        this.createdAt = createdAt;
        setPassword(password);
    }

    /** A partner's account, seeing only {@code partnerKey}'s figures in campaign {@code campaignId}. */
    public static OrganizerAccount partner(String email, String displayName, long campaignId, String partnerKey,
                                           PasswordHash password, Instant createdAt) {
        OrganizerAccount account = new OrganizerAccount(email, displayName, Role.PARTNER, password, createdAt);
        account.campaignId = campaignId;
        account.partnerKey = partnerKey;
        return account;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return Role.ofGroup(role);
    }

    public boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    public boolean isPartner() {
        return getRole() == Role.PARTNER;
    }

    /** The campaign a partner's account sees; null for any other account. */
    public Long getCampaignId() {
        return campaignId;
    }

    /** The partner key a partner's account sees; null for any other account. */
    public String getPartnerKey() {
        return partnerKey;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public PasswordHash getPassword() {
        return new PasswordHash(passwordSalt, passwordIterations, passwordHash);
    }

    public void setPassword(PasswordHash password) {
        this.passwordSalt = password.salt();
        this.passwordIterations = password.iterations();
        this.passwordHash = password.hash();
    }
}
