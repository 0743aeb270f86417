package org.firmas.signature.boundary;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What moderators see of a signature's client address: the first characters of its keyed hash.
 * Equal tags mean the same address, and a tag can be typed back to invalidate them, yet it says
 * nothing about the address itself.
 */
public final class AddressTag {

    public static final int LENGTH = 10;
    static final Pattern TAG = Pattern.compile("[0-9a-f]{" + LENGTH + ",64}");

    private AddressTag() {
    }

    public static String of(String addressKey) {
        return addressKey == null ? "" : addressKey.substring(0, Math.min(LENGTH, addressKey.length()));
    }

    /** A tag or a whole key as typed, lower-cased; null when it is neither. */
    public static String parse(String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return TAG.matcher(value).matches() ? value : null;
    }
}
