package org.firmas.delivery.entity;

/**
 * One supporter's copy of a campaign update, as the update capability hands it over: the
 * organizer's subject and Markdown body in the signer's language, and the signer's own
 * one-click unsubscribe address.
 */
public record UpdateMail(long updateId, long signatureId, String recipient, String language, String campaignTitle,
                         String subject, String markdown, String unsubscribeUrl) {

    @Override
    public String toString() {
        return "UpdateMail[" + updateId + ", " + signatureId + "]"; // never the address in a log
    }
}
