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

/** A key to the OSDI API: its owner, its label, the hash of the key (never the key) and whether it is trusted or revoked. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "SELECT k FROM ApiKey k WHERE k.tokenHash = :hash")
@NamedQuery(name = ApiKey.OF_ACCOUNT, query = "SELECT k FROM ApiKey k WHERE k.accountId = :account ORDER BY k.id DESC")
@NamedQuery(name = ApiKey.ALL, query = "SELECT k FROM ApiKey k ORDER BY k.id DESC")
public class ApiKey {

    public static final String BY_HASH = "ApiKey.byHash";
    public static final String OF_ACCOUNT = "ApiKey.ofAccount";
    public static final String ALL = "ApiKey.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 10)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "trusted", nullable = false)
    private boolean trusted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(long accountId, String label, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void setTrusted(boolean trusted) {
        this.trusted = trusted;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getLabel() {
        return label;
    }

    public boolean isTrusted() {
        return trusted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
