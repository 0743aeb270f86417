package org.firmas.mydata.entity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The random value in a "my data" link: 256 bits, URL-safe. Only its keyed hash is stored; a
 * malformed value is refused before it reaches the database.
 */
public final class LinkToken {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkToken() {
    }

    public static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean isWellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
