package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firmas.platform.DataKey;
import org.firmas.platform.KeyedHash;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.CanonicalEmail;

/**
 * Keyed hashes of an address: one of its canonical form, which the unique index uses to find
 * duplicates, and one of its domain, which moderation uses. The address itself is stored only
 * encrypted, so these are what queries match on.
 */
@ApplicationScoped
public class EmailKeys {

    static final String ADDRESS = "email";
    static final String DOMAIN = "email-domain";

    @Inject
    KeyedHash hash;

    public AddressKeys of(String email) {
        return new AddressKeys(addressKey(email), domainKey(email));
    }

    public String addressKey(String email) {
        return hash.of(ADDRESS, CanonicalEmail.of(email));
    }

    /** Takes a domain or a whole address. */
    public String domainKey(String domainOrEmail) {
        return hash.of(DOMAIN, CanonicalEmail.domainOf(domainOrEmail));
    }

    /** The keys under a given data key: used when rows move to a new key. */
    static AddressKeys of(DataKey key, String email) {
        return new AddressKeys(KeyedHash.with(key, ADDRESS, CanonicalEmail.of(email)),
                KeyedHash.with(key, DOMAIN, CanonicalEmail.domainOf(email)));
    }
}
