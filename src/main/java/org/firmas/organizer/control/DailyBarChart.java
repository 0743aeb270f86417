package org.firmas.organizer.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * Signatures per day as an SVG bar chart, drawn on the server: no script, and nothing in it but
 * numbers and dates, so it is safe to put in the page as it is.
 */
public final class DailyBarChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LABELS = 24;

    private DailyBarChart() {
    }

    public static String svg(Map<LocalDate, Long> perDay, LocalDate from, LocalDate to, String title) {
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
            svg.append(String.format(java.util.Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
                    i * slot + 1, HEIGHT - height, Math.max(1, slot - 2), height, day, count));
            if (i % 7 == 0 || i == days - 1) {
                svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>",
                        i * slot + 1, HEIGHT + 16, day.toString().substring(5)));
            }
        }
        svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%d\" y=\"12\" text-anchor=\"end\">%d</text>", WIDTH - 4, max));
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
