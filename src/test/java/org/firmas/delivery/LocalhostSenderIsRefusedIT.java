package org.firmas.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.firmas.testsupport.PayaraProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator who sets a real mail server but leaves the built-in sender, firmas@localhost, gets a
 * node that refuses to start instead of one mailing officials from an address no one can answer:
 * the node serves nothing, says in its log which setting to change, and exits with an error.
 */
class LocalhostSenderIsRefusedIT {

    private static final Duration START_AND_FAIL = Duration.ofMinutes(4);

    @TempDir
    Path home;

    @Test
    void aNodeWithAMailServerAndTheBuiltInSenderServesNothingAndExitsSayingWhatToSet() throws Exception {
        // Only the mail server is set: FIRMAS_MAIL_FROM keeps its default at localhost.
        Map<String, String> environment = Map.of("FIRMAS_SMTP_HOST", "127.0.0.1",
                "FIRMAS_SMTP_PORT", String.valueOf(PayaraProcess.freePort()));
        PayaraProcess node = PayaraProcess.launch(home, environment, List.of("--nohazelcast"), PayaraProcess.freePort());
        List<Integer> answers = new ArrayList<>();
        try {
            OptionalInt exit = OptionalInt.empty();
            long deadline = System.nanoTime() + START_AND_FAIL.toNanos();
            while (exit.isEmpty() && System.nanoTime() < deadline) {
                status(node.base()).ifPresent(answers::add);
                exit = node.awaitExit(Duration.ofMillis(500));
            }

            String log = node.log();
            assertTrue(exit.isPresent(), "the node still runs: " + log);
            assertNotEquals(0, exit.getAsInt(), "and ends with an error status");
            assertTrue(log.contains("Firmas will not start: FIRMAS_SMTP_HOST is set, but FIRMAS_MAIL_FROM is an address at "
                    + "localhost, which no mail server delivers or answers; set FIRMAS_MAIL_FROM to an address at your "
                    + "organization's domain"), log);
            assertEquals(List.of(), answers.stream().filter(status -> status == 200).toList(), "no page was ever served");
        } finally {
            node.kill();
        }
    }

    private static OptionalInt status(URI base) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            return OptionalInt.of(http.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException notListening) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
