package org.firmas.signature.entity;

import java.util.Set;

/**
 * Mail providers that half the public uses. A surge of genuine signers brings thousands of their
 * addresses a minute, so the per-domain limit, which is there to catch one operator's catch-all or
 * throwaway domain, leaves them out; floods through them still meet the per-address limit and the
 * proof of work.
 */
public final class SharedMailProviders {

    private static final Set<String> DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "yahoo.com.mx", "yahoo.es",
            "outlook.com", "outlook.es", "hotmail.com", "hotmail.es", "live.com", "msn.com",
            "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com",
            "gmx.com", "gmx.net", "mail.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net");

    private SharedMailProviders() {
    }

    /** Takes a domain or a whole address. */
    public static boolean includes(String domainOrEmail) {
        return DOMAINS.contains(CanonicalEmail.domainOf(domainOrEmail));
    }
}
