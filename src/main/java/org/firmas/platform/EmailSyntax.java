package org.firmas.platform;

import java.util.regex.Pattern;

/**
 * The shape of an email address we accept: a local part, one @, and a domain with at least one
 * dot. Stricter than RFC 5322 on purpose: quoted local parts and IP literals are not what
 * supporters or officials type.
 */
public final class EmailSyntax {

    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    /**
     * What a browser can check before a form is sent, as an input's pattern: an @ and a dot in the
     * domain. An email input checks the rest of the shape itself; the server judges the whole.
     */
    public static final String BROWSER_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private EmailSyntax() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
