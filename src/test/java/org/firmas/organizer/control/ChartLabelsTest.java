package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartLabelsTest {

    private static final double WIDTH = 720;

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void noTwoDayLabelsTouchAndNoneLeavesTheChartWhateverTheNumberOfDays(String language) {
        for (int days = 1; days <= 120; days++) {
            for (LocalDate from : List.of(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 8, 20), LocalDate.of(2026, 12, 31))) {
                List<ChartLabels.Label> labels = ChartLabels.place(from, days, WIDTH, Locale.forLanguageTag(language));
                String which = days + " days from " + from + " in " + language + ": " + labels;

                assertFalse(labels.isEmpty(), which);
                assertEquals(from.plusDays(days - 1), labels.get(labels.size() - 1).day(), "the last day is named; " + which);
                for (ChartLabels.Label label : labels) {
                    assertTrue(label.left() >= 0 && label.right() <= WIDTH, "inside the chart; " + which);
                }
                for (int i = 1; i < labels.size(); i++) {
                    assertTrue(labels.get(i - 1).right() + ChartLabels.GAP <= labels.get(i).left(),
                            "labels " + (i - 1) + " and " + i + " apart; " + which);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 30, 90})
    void aMonthHasEnoughLabelsToReadADayOff(int days) {
        List<ChartLabels.Label> labels = ChartLabels.place(LocalDate.of(2026, 11, 7), days, WIDTH, Locale.ENGLISH);

        assertTrue(labels.size() >= Math.min(days, 7), labels.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theDrawnChartHasTheLabelsWherePlacedInTheLanguage(String language) {
        LocalDate from = LocalDate.of(2026, 11, 7);
        Document svg = Jsoup.parse(DailyBarChart.svg(java.util.Map.of(), from, from.plusDays(29), "t",
                Locale.forLanguageTag(language)), "", Parser.xmlParser());

        List<ChartLabels.Label> placed = ChartLabels.place(from, 30, WIDTH, Locale.forLanguageTag(language));
        assertEquals(placed.size(), svg.select("text.day").size());
        assertEquals("en".equals(language) ? "Dec 6" : "6 dic", svg.select("text.day").last().text());
    }
}
