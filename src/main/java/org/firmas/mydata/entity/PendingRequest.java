package org.firmas.mydata.entity;

/** A request for a "my data" link waiting for the next round: the address decrypted, what screens it. */
public record PendingRequest(long id, String email, String language, String clientKey, boolean trapFilled, String proof) {
}
