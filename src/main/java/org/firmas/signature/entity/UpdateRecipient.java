package org.firmas.signature.entity;

/**
 * A confirmed signer who asked for a campaign's news: where the update goes, in which language,
 * and the keyed hash of the address by which an unsubscription is remembered.
 */
public record UpdateRecipient(long signatureId, String email, String emailKey, String language) {

    @Override
    public String toString() {
        return "UpdateRecipient[" + signatureId + "]"; // never the address in a log
    }
}
