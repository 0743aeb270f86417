package org.firmas.organizer.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the day labels under the daily chart go: evenly spaced, counted back from the last day
 * (today is always named), as many as fit without two touching, and none past either edge.
 * Widths are estimated from the number of characters, generously, since the browser measures
 * the text only after the server has drawn it.
 */
final class ChartLabels {

    /** The largest size the style sheet gives the labels (on a phone; 14 on wider screens). */
    static final double FONT_SIZE = 18;
    /** Wider than the average letter of a system font, so an estimate never falls short. */
    static final double CHARACTER_WIDTH = FONT_SIZE * 0.65;
    static final double GAP = 8;

    /** A label's text and the box it takes, left edge first, in chart units. */
    record Label(LocalDate day, String text, double left) {

        double width() {
            return text.length() * CHARACTER_WIDTH;
        }

        double right() {
            return left + width();
        }
    }

    private ChartLabels() {
    }

    static List<Label> place(LocalDate from, int days, double chartWidth, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "d MMM" : "MMM d", locale);
        double slot = chartWidth / days;
        double widest = 0;
        for (int i = 0; i < days; i++) {
            widest = Math.max(widest, format.format(from.plusDays(i)).length() * CHARACTER_WIDTH);
        }
        int every = Math.max(1, (int) Math.ceil((widest + GAP) / slot));
        List<Label> labels = new ArrayList<>();
        double nextRightLimit = chartWidth;
        for (int i = days - 1; i >= 0; i -= every) {
            LocalDate day = from.plusDays(i);
            String text = format.format(day);
            double width = text.length() * CHARACTER_WIDTH;
            double left = Math.max(0, Math.min(chartWidth - width, i * slot + slot / 2 - width / 2));
            if (left + width + GAP <= nextRightLimit || labels.isEmpty()) {
                labels.add(0, new Label(day, text, left));
                nextRightLimit = left;
            }
        }
        return labels;
    }
}
