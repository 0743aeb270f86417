package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.PayaraCluster;
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
 * buckets live in the grid and not in each node. Wrong console passwords sent to both nodes in
 * turn count as one guessing, too.
 */
class RateLimitAcrossNodesIT {

    private static final int LIMIT = 4;

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    @TempDir
    Path home;

    @Test
    void aBurstSplitAcrossTwoNodesIsLimitedAsOne() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = "cluster-limit-" + run;
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        Files.copy(Path.of(System.getProperty("firmas.testCampaigns"), "signing-test.yaml"), campaigns.resolve(slug + ".yaml"));
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_CAMPAIGNS_DIR", campaigns.toString());
        environment.put("FIRMAS_LIMIT_IP_PER_HOUR", String.valueOf(LIMIT));

        try (PayaraCluster cluster = PayaraCluster.start(home, 2, environment)) {
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < 2 * LIMIT; i++) {
                String lastName = "node" + i + "-" + run;
                PetitionSite node = new PetitionSite(cluster.base(i % 2));
                assertEquals(302, node.sign(slug, SignatureForm.valid().with("lastName", lastName)
                        .withEmail(lastName + "@" + lastName + ".example"), "en").status());
                statuses.add(TestDatabase.text("SELECT status FROM signature WHERE last_name = ?", lastName));
            }

            assertEquals(List.of("PENDING", "PENDING", "PENDING", "PENDING", "SUSPECT", "SUSPECT", "SUSPECT", "SUSPECT"), statuses,
                    "one allowance of " + LIMIT + " for the address, whichever node answers");
            for (int node = 0; node < 2; node++) {
                assertTrue(cluster.log(node).contains("Rate limits are shared through the data grid"), "node " + node + " uses the grid");
            }
            guessingSplitAcrossTheNodesSlowsTheGuesserAsOne(cluster);
        }
    }

    /** Five wrong passwords, three on one node and two on the other: the guesser waits, the owner does not. */
    private static void guessingSplitAcrossTheNodesSlowsTheGuesserAsOne(PayaraCluster cluster) {
        String organizer = OrganizerAccounts.newOrganizer("Guessed");
        for (int attempt = 0; attempt < 5; attempt++) {
            ConsoleClient.Response refused = new ConsoleClient(cluster.base(attempt % 2)).logIn(organizer, "not the password at all");
            assertTrue(refused.text().contains("The email or password is not correct."), refused.text());
        }

        ConsoleClient.Response guesser = new ConsoleClient(cluster.base(0)).logIn(organizer, OrganizerAccounts.PASSWORD);
        assertTrue(guesser.text().contains("Too many failed attempts"), "counted across both nodes: " + guesser.text());
        ConsoleClient.Response owner = new ConsoleClient(cluster.base(1)).fromAddress("127.0.0.2").logIn(organizer, OrganizerAccounts.PASSWORD);
        assertEquals(302, owner.status(), "the owner, from an address that has not failed: " + owner.text());
    }
}
