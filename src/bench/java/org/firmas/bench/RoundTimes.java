package org.firmas.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Gatling reports latency per request; a supporter waits for the whole round (page, POST,
 * redirect). Scenarios record each successful round here and the percentiles are written to a
 * file when the simulation ends, for the benchmark table.
 */
final class RoundTimes {

    private static final ConcurrentLinkedQueue<Long> NANOS = new ConcurrentLinkedQueue<>();

    private RoundTimes() {
    }

    /** Marks the start of a round in the virtual user's session. */
    static ChainBuilder start() {
        return CoreDsl.exec(session -> session.set("roundStarted", System.nanoTime()));
    }

    /** Records the round that just ended, if every request in it succeeded. */
    static ChainBuilder end() {
        return CoreDsl.exec(session -> {
            if (!session.isFailed()) {
                NANOS.add(System.nanoTime() - session.getLong("roundStarted"));
            }
            return session;
        });
    }

    /** Writes "rounds p50_ms p99_ms p99.9_ms" to the file named by -DroundsFile. */
    static void write() {
        long[] sorted = NANOS.stream().mapToLong(Long::longValue).sorted().toArray();
        String line = sorted.length == 0 ? "0 0 0 0"
                : sorted.length + " " + millis(sorted, 0.50) + " " + millis(sorted, 0.99) + " " + millis(sorted, 0.999);
        try {
            Files.writeString(Path.of(System.getProperty("roundsFile", "target/bench/rounds.txt")), line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NANOS.clear();
    }

    private static String millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format(java.util.Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1_000_000.0);
    }
}
