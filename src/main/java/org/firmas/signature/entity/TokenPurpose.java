package org.firmas.signature.entity;

/**
 * A token does one thing only: a confirmation link cannot withdraw, and the reverse; an
 * unsubscribe link (in supporter updates) only stops a campaign's updates.
 */
public enum TokenPurpose {
    CONFIRM, WITHDRAW, UNSUBSCRIBE
}
