package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single values (addresses, phone numbers) with AES-256-GCM. A stored value reads
 * {@code g1.<key id>.<nonce and ciphertext>}; a random nonce per value means equal addresses
 * never look equal in the database. Values written before encryption existed read as they are,
 * until the key rotation rewrites them.
 */
@ApplicationScoped
public class FieldCipher {

    static final String PREFIX = "g1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final ThreadLocal<Cipher> AES_GCM = PerThread.jca(() -> Cipher.getInstance("AES/GCM/NoPadding"));

    private final SecureRandom random = new SecureRandom();

    @Inject
    DataKeys keys;

    public String encrypt(String plain) {
        return plain == null ? null : encrypt(keys.current(), plain, random);
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int dot = stored.indexOf('.', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), dot);
        DataKey key = keys.byId(keyId).orElseThrow(() -> new IllegalStateException(
                "A value is encrypted with data key " + keyId + ", which is not configured (FIRMAS_DATA_PREVIOUS_KEYS)"));
        return decrypt(key, stored.substring(dot + 1));
    }

    /** How every value encrypted under the given key begins, so a rotation can find the others. */
    public static String prefixOf(String keyId) {
        return PREFIX + keyId + ".";
    }

    /** Encrypts under a given key; {@link #encrypt(String)} is the way for everything but tools and tests. */
    public static String encrypt(DataKey key, String plain, SecureRandom random) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return prefixOf(key.id()) + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decrypt(DataKey key, String encoded) {
        try {
            byte[] stored = Base64.getUrlDecoder().decode(encoded);
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key.encryption(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("An encrypted value does not open with its key: altered or damaged", e);
        }
    }
}
