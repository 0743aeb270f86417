package org.firmas.paper.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines no wider than a width, at spaces; a word wider than a whole line
 * (a long address, a name without spaces) is cut between characters rather than run off the page.
 * Widths come from the caller, so the rule is the same for any font and size.
 */
public final class TextWrap {

    private TextWrap() {
    }

    public static List<String> lines(String paragraph, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String joined = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsDouble(joined) <= maxWidth) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth) {
                int cut = longestFit(rest, maxWidth, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of the word fit, whole code points only, and at least one. */
    private static int longestFit(String word, double maxWidth, ToDoubleFunction<String> width) {
        int fits = word.offsetByCodePoints(0, 1);
        int next = fits;
        while (next < word.length()) {
            next = word.offsetByCodePoints(next, 1);
            if (width.applyAsDouble(word.substring(0, next)) > maxWidth) {
                break;
            }
            fits = next;
        }
        return fits;
    }
}
