package org.firmas.signature.entity;

/**
 * What a supporter sent, trimmed; optional answers are null when left empty. {@code area} is where
 * the signature goes: the ZIP code's area or the one the signer chose, null when there is none. The
 * source is one the campaign knows or null, and the partner's opt-in is true only when that source
 * is a partner that asks.
 */
public record SignerDetails(String firstName, String lastName, String email, String zip, String phone, String comment,
                            boolean listPublicly, boolean wantsUpdates, String area, String source, boolean partnerOptIn) {

    public SignerDetails {
        firstName = clean(firstName);
        lastName = clean(lastName);
        email = clean(email);
        zip = clean(zip);
        phone = clean(phone);
        comment = clean(comment);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
