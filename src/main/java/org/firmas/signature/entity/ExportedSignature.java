package org.firmas.signature.entity;

import java.time.Instant;

/**
 * One signature as an organizer exports it, its address and phone number decrypted; the source is
 * null when none was recorded.
 */
public record ExportedSignature(String firstName, String lastName, String email, String zip, String area, String phone,
                                String comment, String language, SignatureStatus status, Instant signedAt,
                                Instant confirmedAt, boolean listedPublicly, boolean wantsUpdates, String source,
                                boolean partnerOptIn) {
}
