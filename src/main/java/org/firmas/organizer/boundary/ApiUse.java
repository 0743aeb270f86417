package org.firmas.organizer.boundary;

/** What an API key was used for, as the audit trail names it. */
public enum ApiUse {
    LIST_SIGNATURES, READ_SIGNATURE, RECORD_SIGNATURE
}
