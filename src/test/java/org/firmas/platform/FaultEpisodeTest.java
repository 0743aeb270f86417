package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A job that fails at every tick is one line in the log when the fault begins and one when it ends. */
class FaultEpisodeTest {

    private final Logger log = Logger.getLogger(FaultEpisodeTest.class.getName() + ".episodes");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    FaultEpisodeTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

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
                records.stream().map(LogRecord::getMessage).toList());
        assertEquals(List.of(Level.WARNING, Level.INFO), records.stream().map(LogRecord::getLevel).toList());
        assertEquals(List.of(), records.stream().filter(record -> record.getThrown() != null).toList(), "no stack trace");
    }

    @Test
    void aFaultThatReturnsStartsAnotherEpisode() {
        FaultEpisode episode = new FaultEpisode(log, "Batches not built", "Batches built again");
        episode.failed(new IllegalStateException());
        episode.succeeded();
        episode.failed(new IllegalStateException());

        assertEquals(3, records.size());
    }
}
