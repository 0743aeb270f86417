package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTableReaderTest {

    private static final String FILE = "york-pike.areas.csv";

    @Test
    void mapsEachZipCodeToItsArea() throws Exception {
        assertEquals(Map.of("17401", List.of("York"), "18337", List.of("Pike"), "17745", List.of("Clinton")),
                AreaTableReader.read(FILE, """
                        zip,area
                        17401,York
                        18337,Pike
                        17745,Clinton
                        """));
    }

    @Test
    void skipsCommentsAndBlankLinesAndTrimsSpaces() throws Exception {
        assertEquals(Map.of("17401", List.of("York"), "18337", List.of("Pike")),
                AreaTableReader.read(FILE, """
                        # York and Pike only for now
                        zip, area

                        17401 , York
                        # Pike joined later
                        18337,  Pike
                        """));
    }

    @Test
    void acceptsTheSameZipListedTwiceForTheSameArea() throws Exception {
        assertEquals(Map.of("17401", List.of("York")), AreaTableReader.read(FILE, "zip,area\n17401,York\n17401,York\n"));
    }

    /** A signature stores its area in 100 characters: a longer name would be a signature that cannot be stored. */
    @Test
    void reportsAnAreaNameTooLongToStore() {
        String long101 = "A".repeat(101);
        assertEquals("york-pike.areas.csv:3: area: is 101 characters long; at most 100 are allowed",
                failure("zip,area\n17401,York\n18324," + long101 + "\n"));
        assertEquals(Map.of("18324", List.of("A".repeat(100))), assertDoesNotThrow(() -> AreaTableReader.read(FILE, "zip,area\n18324," + "A".repeat(100) + "\n")));
    }

    @Test
    void reportsABadZipCodeOnItsLine() {
        assertEquals("york-pike.areas.csv:3: zip: \"1840\" is not a 5-digit ZIP code",
                failure("zip,area\n17401,York\n1840,Pike\n17745,Clinton\n"));
    }

    @Test
    void countsCommentsBlankLinesAndWindowsLineEndingsWhenReportingTheLine() {
        assertEquals("york-pike.areas.csv:5: zip: \"17745-0001\" is not a 5-digit ZIP code",
                failure("zip,area\r\n17401,York\r\n\r\n# Clinton\r\n17745-0001,Clinton\r\n"));
    }

    @Test
    void reportsABadZipCodeOnALastLineWithoutNewline() {
        assertEquals("york-pike.areas.csv:3: zip: \"York\" is not a 5-digit ZIP code",
                failure("zip,area\n17401,York\nYork,17402"));
    }

    @Test
    void reportsARowWithoutAnArea() {
        assertEquals("york-pike.areas.csv:2: area: is required", failure("zip,area\n17401\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17401,York\n18337,Pike\n", "zip;area\n17401;York\n", "ZIP,Area\n17401,York\n", ""})
    void requiresTheHeaderOnTheFirstLine(String content) {
        assertEquals("york-pike.areas.csv:1: the first line must be the header zip,area", failure(content));
    }

    @Test
    void makesTheAreasOfAZipListedSeveralTimesItsCandidatesInTheTablesOrder() throws Exception {
        assertEquals(Map.of("18324", List.of("Pike", "Monroe"), "17401", List.of("York")),
                AreaTableReader.read(FILE, """
                        zip,area
                        18324,Pike
                        17401,York
                        18324,Monroe
                        18324,Pike
                        """));
    }

    private static String failure(String content) {
        return assertThrows(CampaignFileException.class, () -> AreaTableReader.read(FILE, content)).getMessage();
    }
}
