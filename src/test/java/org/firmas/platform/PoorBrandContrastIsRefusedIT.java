package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.firmas.testsupport.PayaraProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator who gives the site a primary colour white text cannot be read on gets a node that
 * refuses to start, its log naming the pair of colours and their contrast, instead of a site some
 * supporters cannot read.
 */
class PoorBrandContrastIsRefusedIT {

    /** A refused start ends within 15 s here; each of the (at most two) launches gets two minutes. */
    private static final Duration START_AND_FAIL = Duration.ofMinutes(2);

    @TempDir
    Path home;

    @Test
    void aPrimaryColourBelowAaStopsTheStartNamingThePairAndItsRatio() throws Exception {
        PayaraProcess node = PayaraProcess.launchExpectingExit(home, Map.of("FIRMAS_SITE_PRIMARY_COLOUR", "#ff9900"),
                List.of("--nohazelcast"), START_AND_FAIL);
        try {
            OptionalInt exit = node.awaitExit(Duration.ZERO);
            String log = node.log();
            assertTrue(exit.isPresent(), "the node still runs: " + log);
            assertNotEquals(0, exit.getAsInt(), "and ends with an error status");
            assertTrue(log.contains("Firmas will not start: Site settings: white text on primary-colour #ff9900 (header, buttons) "
                    + "has a contrast of 2.14:1, below the 4.5:1 WCAG AA asks for text; choose a darker primary-colour"), log);
        } finally {
            node.kill();
        }
    }
}
