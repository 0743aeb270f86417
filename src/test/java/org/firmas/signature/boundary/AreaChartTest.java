package org.firmas.signature.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.firmas.signature.entity.AreaCount;
import org.junit.jupiter.api.Test;

/** Counts by area below the threshold have words and no bar; the others bars in proportion to the largest. */
class AreaChartTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aCountBelowTheThresholdIsWordsWithoutABarAndTheOthersAreInProportion() {
        AreaChart chart = new AreaChart(List.of(
                AreaCount.of("Bucks", 1200, 5), AreaCount.of("Lehigh", 4, 5), AreaCount.of("Monroe", 5, 5)), SPANISH);

        assertEquals(List.of("1.200", "menos de 5", "5"), chart.getRows().stream().map(AreaChart.Row::countText).toList());
        assertEquals(List.of(300L, 0L, 2L), chart.getRows().stream().map(AreaChart.Row::barLength).toList());
        assertEquals(3 * AreaChart.ROW_HEIGHT, chart.getHeight());
    }

    @Test
    void theThresholdKeepsTheExactNumberOutOfTheCount() {
        assertEquals(new AreaCount("Lehigh", null, 5, true), AreaCount.of("Lehigh", 4, 5));
        assertEquals(new AreaCount("Lehigh", 0L, 0, false), AreaCount.of("Lehigh", 0, 0));
        assertEquals(new AreaCount("Bucks", 5L, 5, false), AreaCount.of("Bucks", 5, 5));
    }

    /** Total 16 with Alpha 7 and Beta 8 shown would give Gamma's one signer away: the smaller, Alpha's, goes too. */
    @Test
    void aLoneSmallCountIsNotLeftForTheTotalToGiveAway() {
        List<Long> actual = List.of(7L, 8L, 1L);
        List<AreaCount> shown = AreaCount.shown(List.of(AreaCount.of("Alpha", 7, 5), AreaCount.of("Beta", 8, 5),
                AreaCount.of("Gamma", 1, 5)), actual);

        assertEquals(List.of(8L), shown.stream().filter(count -> !count.hidden()).map(AreaCount::count).toList());
        assertEquals(List.of("no se muestra", "8", "menos de 5"),
                new AreaChart(shown, SPANISH).getRows().stream().map(AreaChart.Row::countText).toList());
    }

    @Test
    void twoSmallCountsOrAnEmptyOneNeedNoCompany() {
        List<AreaCount> twoSmall = List.of(AreaCount.of("Alpha", 7, 5), AreaCount.of("Beta", 2, 5), AreaCount.of("Gamma", 1, 5));
        assertEquals(twoSmall, AreaCount.shown(twoSmall, List.of(7L, 2L, 1L)));
        List<AreaCount> nobodyInGamma = List.of(AreaCount.of("Alpha", 7, 5), AreaCount.of("Gamma", 0, 5));
        assertEquals(nobodyInGamma, AreaCount.shown(nobodyInGamma, List.of(7L, 0L)));
    }
}
