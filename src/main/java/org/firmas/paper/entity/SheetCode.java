package org.firmas.paper.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code printed on a signature sheet and typed back with its rows, such as {@code F12-7KQ3MX}: the
 * campaign's id, so a sheet of one campaign cannot be imported into another, and six random
 * characters that tell sheets apart. The alphabet leaves out I, L, O and U, which people misread
 * from handwriting or print.
 */
public record SheetCode(long campaignId, String serial) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SERIAL_LENGTH = 6;
    private static final Pattern SHAPE = Pattern.compile("F([1-9][0-9]{0,17})-([" + ALPHABET + "]{" + SERIAL_LENGTH + "})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public SheetCode {
        if (campaignId <= 0 || serial == null || !SHAPE.matcher("F" + campaignId + "-" + serial).matches()) {
            throw new IllegalArgumentException("Not a sheet code: " + campaignId + "/" + serial);
        }
    }

    /** A new code for a sheet of this campaign. */
    public static SheetCode issue(long campaignId) {
        StringBuilder serial = new StringBuilder(SERIAL_LENGTH);
        for (int i = 0; i < SERIAL_LENGTH; i++) {
            serial.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new SheetCode(campaignId, serial.toString());
    }

    /**
     * Reads a code as a person typed it: case, spaces around it and the look-alike letters
     * O, I and L (for 0, 1 and 1) are forgiven; anything else is not a sheet code.
     */
    public static Optional<SheetCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.strip().toUpperCase(Locale.ROOT);
        int dash = cleaned.indexOf('-');
        if (dash > 0) {
            cleaned = cleaned.substring(0, dash + 1) + cleaned.substring(dash + 1).replace('O', '0').replace('I', '1').replace('L', '1');
        }
        Matcher matcher = SHAPE.matcher(cleaned);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SheetCode(Long.parseLong(matcher.group(1)), matcher.group(2)));
    }

    @Override
    public String toString() {
        return "F" + campaignId + "-" + serial;
    }
}
