package org.firmas.delivery.entity;

/**
 * The mail that carries a supporter's "my data" link. It is tied to one of the address's
 * signatures ({@code signatureId}), so erasing that signer drops it too; {@code linkKey} makes its
 * Message-ID and names nobody; {@code token} exists only here and in the mail.
 */
public record MyDataLinkMail(long signatureId, String linkKey, String email, String language, String token,
                             long minutesValid) {
}
