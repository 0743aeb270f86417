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
        assertEquals(new AreaCount("Lehigh", null, 5), AreaCount.of("Lehigh", 4, 5));
        assertEquals(new AreaCount("Lehigh", 0L, 0), AreaCount.of("Lehigh", 0, 0));
        assertEquals(new AreaCount("Bucks", 5L, 5), AreaCount.of("Bucks", 5, 5));
    }
}
