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

    private EmailSyntax() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
