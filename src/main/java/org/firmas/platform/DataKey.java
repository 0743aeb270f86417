package org.firmas.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One data key and what is derived from it: an AES key for encryption and an HMAC key for keyed
 * hashes. Separate derived keys mean a hash never reveals anything about the cipher key. The id
 * names the key inside each ciphertext, so older keys can still be read during a rotation.
 */
public record DataKey(String id, SecretKeySpec encryption, SecretKeySpec hashing) {

    static final int MIN_BYTES = 32;

    public static DataKey fromBase64(String encoded) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("FIRMAS_DATA_KEY is not base64; create one with: openssl rand -base64 32");
        }
        if (material.length < MIN_BYTES) {
            throw new IllegalStateException("FIRMAS_DATA_KEY must hold at least " + MIN_BYTES + " bytes");
        }
        return new DataKey(idOf(material), new SecretKeySpec(derive(material, "firmas encryption v1"), "AES"),
                new SecretKeySpec(derive(material, "firmas keyed hash v1"), "HmacSHA256"));
    }

    private static String idOf(byte[] material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] material, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
