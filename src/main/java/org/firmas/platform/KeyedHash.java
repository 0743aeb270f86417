package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Keyed hashes (HMAC-SHA256) for values that must be compared but never read back: the address
 * that decides duplicates, a client address for moderation. Without the data key, a leaked
 * database cannot be searched for a known address. The purpose separates the uses, so equal
 * values hashed for different purposes do not match.
 */
@ApplicationScoped
public class KeyedHash {

    private static final ThreadLocal<Mac> HMAC_SHA256 = PerThread.jca(() -> Mac.getInstance("HmacSHA256"));

    @Inject
    DataKeys keys;

    public String of(String purpose, String value) {
        return with(keys.current(), purpose, value);
    }

    /** The hash under a given key: used when rows move to a new key. */
    public static String with(DataKey key, String purpose, String value) {
        try {
            Mac mac = HMAC_SHA256.get();
            mac.init(key.hashing());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
