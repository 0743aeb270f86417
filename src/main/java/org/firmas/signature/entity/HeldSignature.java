package org.firmas.signature.entity;

import java.time.Instant;

/**
 * What is held about one signature, decrypted, for the signer's own eyes on the "my data" page:
 * never logged, never kept. {@code paperImportId} is set for a signature typed in from a sheet.
 */
public record HeldSignature(long id, long campaignId, String email, String firstName, String lastName, String zip,
                            String area, String phone, String comment, String language, String source,
                            SignatureStatus status, Instant createdAt, Instant confirmedAt, Long paperImportId,
                            boolean listedPublicly, boolean wantsUpdates, boolean partnerOptIn) {

    public boolean isPaper() {
        return paperImportId != null;
    }

    public boolean isConfirmed() {
        return status == SignatureStatus.CONFIRMED;
    }
}
