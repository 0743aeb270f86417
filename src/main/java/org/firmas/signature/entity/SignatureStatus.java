package org.firmas.signature.entity;

/** Only {@link #CONFIRMED} signatures count and go to officials. */
public enum SignatureStatus {
    PENDING, CONFIRMED, SUSPECT, HIDDEN, WITHDRAWN;

    /**
     * The status as it is stored, quoted for a statement's text. Written into the statement rather
     * than bound where the plan must see the value: a partial index on a status (listed signers)
     * serves only a statement that names it.
     */
    public String literal() {
        return "'" + name() + "'";
    }
}
