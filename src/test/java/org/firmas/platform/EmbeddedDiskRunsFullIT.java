package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OutboxFolder;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.SigningLoad;
import org.firmas.testsupport.SmallFilesystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's data folder on a small filesystem that runs full in the middle of a surge
 * of signers: every signer answered with the thank-you page has a stored signature, which its
 * confirmation link confirms after a restart; the others are asked to try again, and the node says
 * it is not ready meanwhile. That starts while a margin is still free (FIRMAS_DATA_MIN_FREE_MB), so
 * the database is not what finds the disk full. A real full disk, not an injected failure, since what H2 does with
 * one is the point. Mail goes to a folder on another disk, so each mail written shows a signature
 * the server took as stored.
 */
class EmbeddedDiskRunsFullIT {

    private static final String CAMPAIGN = "delivery-test";

    @TempDir
    Path home;

    @Test
    void aSignatureAnsweredAsAcceptedSurvivesADiskThatRunsFull() throws Exception {
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        Files.copy(Path.of(System.getProperty("firmas.testCampaigns"), CAMPAIGN + ".yaml"), campaigns.resolve(CAMPAIGN + ".yaml"));
        // A 40 MB disk keeps an 8 MB margin; readiness is read from 127.0.0.1, which must be named to see it.
        Map<String, String> environment = new HashMap<>(Map.of("FIRMAS_OUTBOX_POLL_MILLIS", "200",
                "FIRMAS_DATA_MIN_FREE_MB", "8", "FIRMAS_MONITORING_ADDRESSES", "127.0.0.1",
                // Mails claimed before the stop go again soon after the restart, not after the default lease.
                "FIRMAS_OUTBOX_LEASE_SECONDS", "1", "FIRMAS_SMTP_DATA_END_TIMEOUT_MILLIS", "1000"));
        // One client signing many times is a surge here, not abuse to hold without mail.
        for (String limit : List.of("IP", "DOMAIN", "UNPROVEN", "MAIL_IP", "MAIL_DOMAIN")) {
            environment.put("FIRMAS_LIMIT_" + limit + "_PER_MINUTE", "100000");
            environment.put("FIRMAS_LIMIT_" + limit + "_PER_HOUR", "100000");
        }
        OutboxFolder outbox = new OutboxFolder(home);
        List<String> accepted = new ArrayList<>();
        try (SmallFilesystem disk = SmallFilesystem.mount(home.resolve("data"), 40)) {
            Files.createSymbolicLink(home.resolve("data/outbox"), Files.createDirectories(home.resolve("outbox-elsewhere")));
            try (PayaraProcess firmas = PayaraProcess.start(home, environment)) {
                PetitionSite site = new PetitionSite(firmas.base());
                try (SigningLoad surge = SigningLoad.start(CAMPAIGN, site)) {
                    surge.awaitAcknowledged(30);
                    assertEquals(200, site.get("health/ready", "en").status(), "ready while signatures are stored");
                    disk.fillLeaving(4 * 1024 * 1024);
                    awaitRefusals(surge, 1);
                    assertTrue(disk.freeBytes() > 1024 * 1024, "signers are turned away before the database fills the disk");
                    assertEquals(503, site.get("health/ready", "en").status(), "not ready with the disk nearly full");
                    int refusedWithRoomLeft = surge.answeredOtherwise(0).size();
                    disk.fill();
                    awaitRefusals(surge, refusedWithRoomLeft + 20);
                    assertEquals(503, site.get("health/ready", "en").status(), "not ready with the disk full");
                    surge.stop();
                    assertEquals(Set.of("HTTP 503"), Set.copyOf(surge.answeredOtherwise(0)), "the page asking to try again");
                    accepted.addAll(surge.acknowledged());
                }
                disk.free();
            }
            try (PayaraProcess restarted = PayaraProcess.start(home, environment)) {
                PetitionSite site = new PetitionSite(restarted.base());
                for (String email : accepted) {
                    String token = Mailbox.confirmToken(outbox.awaitMailTo(email));
                    // An unknown link has no confirm form to submit: only a stored signature gets this far.
                    assertEquals(302, site.confirm(token).status(), "the signature answered as accepted is stored");
                }
            }
        }
    }

    private static void awaitRefusals(SigningLoad surge, int count) {
        List<String> refused = Eventually.await(Duration.ofMinutes(2), () -> surge.answeredOtherwise(0),
                answers -> answers.size() >= count);
        assertTrue(refused.size() >= count, "signers are asked to try again: " + refused.size() + " of " + count);
    }
}
