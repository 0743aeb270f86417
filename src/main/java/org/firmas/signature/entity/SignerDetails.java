package org.firmas.signature.entity;

import java.util.Locale;

/** What a supporter typed, trimmed; optional answers are null when left empty. */
public record SignerDetails(String firstName, String lastName, String email, String zip, String phone, String comment,
                            boolean listPublicly, boolean wantsUpdates) {

    public SignerDetails {
        firstName = clean(firstName);
        lastName = clean(lastName);
        email = clean(email);
        zip = clean(zip);
        phone = clean(phone);
        comment = clean(comment);
    }

    /** The form of the address that decides whether two signatures are the same person. */
    public String emailKey() {
        return emailKeyOf(email);
    }

    public static String emailKeyOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
