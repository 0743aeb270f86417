package org.firmas.signature.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.entity.Milestone;
import org.junit.jupiter.api.Test;

/** Where the progress bar marks each milestone, and which the count has reached. */
class MilestoneMarkTest {

    private static final List<Milestone> MILESTONES = List.of(new Milestone(1000, Map.of()), new Milestone(5000, Map.of("en", "Halfway!")),
            new Milestone(10000, Map.of()), new Milestone(25000, Map.of()));

    @Test
    void milestonesWithinTheBarAreMarkedWhereTheyFallAndReachedOnesSaySo() {
        List<MilestoneMark> marks = MilestoneMark.of(MILESTONES, 5000, 10000, Locale.forLanguageTag("es"));

        assertEquals(List.of(new MilestoneMark("1.000", 10.0, true), new MilestoneMark("5.000", 50.0, true),
                new MilestoneMark("10.000", null, false), new MilestoneMark("25.000", null, false)), marks);
        assertEquals("10.00", marks.get(0).getX(), "an SVG coordinate is written the same in every language");
    }

    @Test
    void aBarThatMeasuresPastTheGoalMarksTheMilestonesAlongIt() {
        List<MilestoneMark> marks = MilestoneMark.of(MILESTONES, 12000, 20000, Locale.ENGLISH);

        assertEquals(List.of(true, true, true, false), marks.stream().map(MilestoneMark::isOnBar).toList());
        assertEquals(List.of("5.00", "25.00", "50.00"), marks.stream().filter(MilestoneMark::isOnBar).map(MilestoneMark::getX).toList());
        assertEquals(List.of(true, true, true, false), marks.stream().map(MilestoneMark::reached).toList());
    }
}
