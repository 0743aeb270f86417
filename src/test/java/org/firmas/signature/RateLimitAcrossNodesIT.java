package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Payara Micro processes in one cluster (Payara's data grid on loopback) and one database: a
 * burst from one address, sent to both nodes in turn, is limited as one burst, because the
 * buckets live in the grid and not in each node.
 */
class RateLimitAcrossNodesIT {

    private static final int LIMIT = 4;

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @TempDir
    Path home;

    @Test
    void aBurstSplitAcrossTwoNodesIsLimitedAsOne() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = "cluster-limit-" + run;
        int gridPort = PayaraProcess.freePort();
        CompletableFuture<PayaraProcess> booting = CompletableFuture.supplyAsync(() -> node("second", slug, run, gridPort));
        try (PayaraProcess first = node("first", slug, run, gridPort); PayaraProcess second = booting.join()) {
            for (String name : List.of("first", "second")) {
                Path log = home.resolve(name).resolve("server.log");
                assertTrue(Eventually.await(Duration.ofSeconds(90), () -> read(log), text -> text.contains("DG Size: 2"))
                        .contains("DG Size: 2"), name + " joined the other in one data grid");
            }
            List<PetitionSite> nodes = List.of(new PetitionSite(first.base()), new PetitionSite(second.base()));
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < 2 * LIMIT; i++) {
                String lastName = "node" + i + "-" + run;
                PetitionSite node = nodes.get(i % 2);
                assertEquals(302, node.sign(slug, SignatureForm.valid().with("lastName", lastName)
                        .withEmail(lastName + "@" + lastName + ".example"), "en").status());
                statuses.add(TestDatabase.text("SELECT status FROM signature WHERE last_name = ?", lastName));
            }
            for (String name : List.of("first", "second")) {
                assertTrue(read(home.resolve(name).resolve("server.log")).contains("Rate limits are shared through the data grid"),
                        name + " keeps its buckets in the grid");
            }
            assertEquals(List.of("PENDING", "PENDING", "PENDING", "PENDING", "SUSPECT", "SUSPECT", "SUSPECT", "SUSPECT"), statuses,
                    "one allowance of " + LIMIT + " for the address, whichever node answers");
        }
    }

    private PayaraProcess node(String name, String slug, String run, int gridPort) {
        try {
            Path folder = Files.createDirectories(home.resolve(name).resolve("campaigns"));
            Files.copy(Path.of(System.getProperty("firmas.testCampaigns"), "signing-test.yaml"), folder.resolve(slug + ".yaml"));
            return PayaraProcess.start(home.resolve(name), Map.of(
                    "FIRMAS_DB_URL", System.getProperty("firmas.testDbUrl"),
                    "FIRMAS_DB_USER", "postgres",
                    "FIRMAS_DB_PASSWORD", "postgres",
                    "FIRMAS_DATA_KEY", TestDatabase.dataKey(),
                    "FIRMAS_SMTP_HOST", "127.0.0.1",
                    "FIRMAS_SMTP_PORT", System.getProperty("firmas.smtpPort"),
                    "FIRMAS_LIMIT_IP_PER_HOUR", String.valueOf(LIMIT)),
                    List.of("--name", name, "--clustername", "firmas-limits-" + run, "--clustermode", "tcpip:127.0.0.1:" + gridPort,
                            "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
