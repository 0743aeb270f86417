package org.firmas.platform.brand;

/** WCAG 2 contrast ratio between two colours, from 1:1 (the same) to 21:1 (black on white). */
final class Contrast {

    /** WCAG 2.2 AA for text of normal size (success criterion 1.4.3). */
    static final double AA_TEXT = 4.5;

    private Contrast() {
    }

    static double ratio(Colour one, Colour other) {
        double lighter = Math.max(one.luminance(), other.luminance());
        double darker = Math.min(one.luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }
}
