package org.firmas.signature.entity;

import java.time.Instant;

/** A confirmed supporter who asked a partner for news, as the partner's own export lists them. */
public record PartnerSupporter(String firstName, String lastName, String email, String zip, String language,
                               Instant confirmedAt) {
}
