package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DailyBarChartTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);

    @Test
    void oneBarPerDayScaledToTheBusiestDay() {
        Document svg = Jsoup.parse(DailyBarChart.svg(Map.of(FROM.plusDays(1), 5L, FROM.plusDays(2), 10L),
                FROM, FROM.plusDays(2), "Signatures <per> day"), "", Parser.xmlParser());

        assertEquals(3, svg.select("rect.bar").size());
        assertEquals("0.0", svg.select("rect.bar").get(0).attr("height"));
        assertEquals("100.0", svg.select("rect.bar").get(1).attr("height"));
        assertEquals("200.0", svg.select("rect.bar").get(2).attr("height"));
        assertEquals("2026-11-03: 10", svg.select("rect.bar").get(2).text());
        assertEquals("Signatures <per> day", svg.selectFirst("svg").attr("aria-label"), "the title is escaped, not markup");
    }

    @Test
    void anEmptyMonthDrawsFlatBarsWithoutDividingByZero() {
        String svg = DailyBarChart.svg(Map.of(), FROM, FROM.plusDays(29), "t");

        assertFalse(svg.contains("NaN"));
        assertTrue(svg.contains("height=\"0.0\""));
    }
}
