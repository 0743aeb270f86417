package org.firmas.signature.entity;

import java.util.Locale;
import java.util.Set;

/**
 * The form of an address that decides whether two signatures come from the same person. Case
 * never matters; a "+tag" in the local part names the same mailbox at every large provider; and
 * Gmail ignores dots, so {@code a.b+x@gmail.com} is {@code ab@gmail.com}. Dots stay significant
 * everywhere else, where they can name different people.
 */
public final class CanonicalEmail {

    private static final Set<String> DOTS_IGNORED = Set.of("gmail.com", "googlemail.com");

    private CanonicalEmail() {
    }

    public static String of(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        String local = address.substring(0, at);
        String domain = domainOf(address);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (DOTS_IGNORED.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** The domain part, lower-cased, without a trailing dot. */
    public static String domainOf(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String domain = address.substring(address.lastIndexOf('@') + 1);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }
}
