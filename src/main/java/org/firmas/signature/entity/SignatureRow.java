package org.firmas.signature.entity;

import java.time.Instant;

/**
 * One signature as the API reads it. The signer is null once retention has erased the signature's
 * personal data: the signature still counts, but says nothing of who signed.
 */
public record SignatureRow(long id, long campaignId, SignatureStatus status, Instant createdAt, Instant confirmedAt,
                           String source, Signer signer) {

    /** Who signed, the address decrypted; optional answers are null when not given. */
    public record Signer(String firstName, String lastName, String email, String zip, String area, String comment) {
    }

    /** The last time the signature changed as the API sees it: its confirmation, else its making. */
    public Instant modifiedAt() {
        return confirmedAt == null ? createdAt : confirmedAt;
    }
}
