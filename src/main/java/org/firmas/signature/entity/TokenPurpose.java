package org.firmas.signature.entity;

/** A token does one thing only: a confirmation link cannot withdraw, and the reverse. */
public enum TokenPurpose {
    CONFIRM, WITHDRAW
}
