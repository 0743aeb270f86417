package org.firmas.signature.entity;

import java.time.Instant;

/** What a webhook tells of a confirmed signature: the signer's name, address and ZIP code, and where they signed. */
public record ConfirmedSigner(long signatureId, String firstName, String lastName, String email, String zip, String area,
                              String source, Instant signedAt, Instant confirmedAt) {
}
