package org.firmas.signature.entity;

/** Only {@link #CONFIRMED} signatures count and go to officials. */
public enum SignatureStatus {
    PENDING, CONFIRMED, SUSPECT, HIDDEN, WITHDRAWN
}
