package org.firmas.signature.entity;

/**
 * What an official may learn about a signer: never the email address or phone number. {@code onPaper}
 * when the signer signed a paper sheet in person and an organizer typed it in.
 */
public record Signer(String firstName, String lastName, String zip, String area, String comment, boolean onPaper) {

    /** A signer who signed online. */
    public Signer(String firstName, String lastName, String zip, String area, String comment) {
        this(firstName, lastName, zip, area, comment, false);
    }
}
