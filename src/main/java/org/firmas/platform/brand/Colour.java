package org.firmas.platform.brand;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An sRGB colour as a site settings file writes it: {@code #rrggbb} or {@code #rgb}. */
public record Colour(int red, int green, int blue) {

    static final Colour WHITE = new Colour(255, 255, 255);

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** The colour written, or empty when it is not one of the two hex forms. */
    public static Optional<Colour> parse(String written) {
        String text = written == null ? "" : written.strip();
        if (!HEX.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = text.substring(1);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        int value = Integer.parseInt(digits, 16);
        return Optional.of(new Colour(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff));
    }

    static Colour of(String hex) {
        return parse(hex).orElseThrow(() -> new IllegalArgumentException(hex));
    }

    /** Relative luminance as WCAG 2 defines it: 0 for black, 1 for white. */
    double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** {@code #rrggbb}, lower case, as CSS and mail templates take it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
