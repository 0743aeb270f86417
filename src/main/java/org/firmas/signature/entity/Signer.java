package org.firmas.signature.entity;

/** What an official may learn about a signer: never the email address or phone number. */
public record Signer(String firstName, String lastName, String zip, String area, String comment) {
}
