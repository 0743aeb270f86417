package org.firmas.signature.entity;

/**
 * Why a signature was held as {@link SignatureStatus#SUSPECT}. The signer is never told; the
 * organizer sees it when reviewing.
 */
public enum SuspectReason {
    /** The field only robots see was filled in. */
    HONEYPOT,
    /** A proof of work that was forged, tampered with or used before. */
    BAD_PROOF,
    /** Too many signatures from one client address. */
    ADDRESS_LIMIT,
    /** Too many signatures from one email domain on this campaign. */
    DOMAIN_LIMIT,
    /** Too many signatures without a proof of work on this campaign. */
    UNPROVEN_LIMIT,
    /** Too many signatures on this campaign altogether. */
    CAMPAIGN_LIMIT,
    /** Too many confirmation mails asked for from one client address. */
    MAIL_ADDRESS_LIMIT,
    /** Too many confirmation mails to one email domain, all campaigns together. */
    MAIL_DOMAIN_LIMIT
}
