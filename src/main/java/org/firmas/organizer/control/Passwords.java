package org.firmas.organizer.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.firmas.organizer.entity.PasswordHash;

/**
 * PBKDF2-HMAC-SHA256 at OWASP's current work factor. Each hash carries its own salt and iteration
 * count, so raising {@link #ITERATIONS} later re-hashes at the next login instead of locking anyone out.
 */
public final class Passwords {

    /** OWASP Password Storage Cheat Sheet, 2023 onwards: 600,000 for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(encode(salt), ITERATIONS, encode(derive(password, salt, ITERATIONS)));
    }

    /** Compares in constant time, so the answer's timing says nothing about how close a guess was. */
    public static boolean matches(char[] password, PasswordHash stored) {
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    public static boolean needsRehash(PasswordHash stored) {
        return stored.iterations() < ITERATIONS;
    }

    /** Why a new password is refused, or null when it is acceptable. A message key of the bundle. */
    public static String weakness(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "organize.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "organize.password.tooLong";
        }
        return null;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static char[] copy(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    static void wipe(char[] password) {
        Arrays.fill(password, '\0');
    }
}
