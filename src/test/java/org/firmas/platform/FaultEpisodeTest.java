package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.firmas.testsupport.CapturedLog;
import org.junit.jupiter.api.Test;

/** A job that fails at every tick is one line in the log when the fault begins and one when it ends. */
class FaultEpisodeTest {

    private final CapturedLog captured = new CapturedLog(FaultEpisodeTest.class.getName() + ".episodes");
    private final Logger log = captured.logger();

    @Test
    void manyFailuresInARowAreOneLineWithoutTheirMessagesAndTheRecoveryAnother() {
        FaultEpisode episode = new FaultEpisode(log, "Counts not refreshed", "Counts refreshed again");
        RuntimeException fault = new IllegalStateException("Call: SELECT 1 FROM signature WHERE email_key = 'c0ffee'",
                new java.sql.SQLException("Connection refused"));

        episode.succeeded();
        for (int tick = 0; tick < 50; tick++) {
            episode.failed(fault);
        }
        episode.succeeded();
        episode.succeeded();

        assertEquals(List.of("Counts not refreshed (IllegalStateException < SQLException)", "Counts refreshed again"),
                captured.messages());
        assertEquals(List.of(Level.WARNING, Level.INFO), captured.levels());
        assertEquals(List.of(), captured.records().stream().filter(record -> record.getThrown() != null).toList(), "no stack trace");
    }

    @Test
    void aFaultThatReturnsStartsAnotherEpisode() {
        FaultEpisode episode = new FaultEpisode(log, "Batches not built", "Batches built again");
        episode.failed(new IllegalStateException());
        episode.succeeded();
        episode.failed(new IllegalStateException());

        assertEquals(3, captured.records().size());
    }
}
