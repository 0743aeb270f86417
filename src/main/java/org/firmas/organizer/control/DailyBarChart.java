package org.firmas.organizer.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Signatures per day as an SVG bar chart, drawn on the server: no script, and nothing in it but
 * numbers and dates, so it is safe to put in the page as it is.
 */
public final class DailyBarChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LABELS = 28;

    private DailyBarChart() {
    }

    public static String svg(Map<LocalDate, Long> perDay, LocalDate from, LocalDate to, String title) {
        return svg(perDay, from, to, title, Locale.ENGLISH);
    }

    /** The day labels in the language's short form ("6 dic", "Dec 6"). */
    public static String svg(Map<LocalDate, Long> perDay, LocalDate from, LocalDate to, String title, Locale locale) {
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        long max = Math.max(1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(0));
        double slot = (double) WIDTH / days;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT + LABELS).append("\" aria-label=\"").append(escape(title)).append("\">");
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            long count = perDay.getOrDefault(day, 0L);
            double height = (double) HEIGHT * count / max;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
                    i * slot + 1, HEIGHT - height, Math.max(1, slot - 2), height, day, count));
        }
        for (ChartLabels.Label label : ChartLabels.place(from, days, WIDTH, locale)) {
            svg.append(String.format(Locale.ROOT, "<text class=\"day\" x=\"%.1f\" y=\"%d\">%s</text>",
                    label.left(), HEIGHT + 22, escape(label.text())));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" text-anchor=\"end\">%d</text>", WIDTH - 4, max));
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
