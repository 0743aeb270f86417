package org.firmas.signature.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored half of a link in a supporter mail: the hash of the token, never the token. */
@Entity
@Table(name = "signer_token")
public class SignerToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "signature_id", nullable = false)
    private long signatureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignerToken() {
    }

    public SignerToken(String tokenHash, long signatureId, TokenPurpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.signatureId = signatureId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    public long getSignatureId() {
        return signatureId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
