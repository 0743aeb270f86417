package org.firmas.organizer.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** A stored password: PBKDF2-HMAC-SHA256 with its own salt and work factor, both Base64. */
public record PasswordHash(String salt, int iterations, String hash) {

    /**
     * Tells this password from any other the account had, without being usable to check a guess:
     * a session keeps it to notice that its password was changed since it logged in.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ':' + iterations + ':' + hash).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
