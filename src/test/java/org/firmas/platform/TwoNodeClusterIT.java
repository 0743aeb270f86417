package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PayaraCluster;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.SigningLoad;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Firmas nodes on one PostgreSQL database and one mail server behave as one Firmas: whichever
 * node a supporter or organizer reaches, the result is the same, scheduled work happens once, and
 * a node killed outright loses nothing that was acknowledged. Both are real Payara Micro processes
 * that form one data grid on loopback.
 */
class TwoNodeClusterIT {

    /** How far behind the database any node's pages may be (counts and campaign edits). */
    private static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final Duration MAIL = Duration.ofSeconds(60);
    private static final String COUNCIL = "@council.cluster.example.org";
    private static final String MAILS_OF_CAMPAIGN = "SELECT COUNT(*) FROM outbox_message m "
            + "JOIN signature s ON s.id = m.signature_id JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = ?";

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    @TempDir
    static Path home;

    static Path campaigns;
    static PayaraCluster cluster;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        campaigns = Files.createDirectories(home.resolve("campaigns"));
        for (String slug : List.of("cluster-counts", "cluster-delivery", "cluster-surge", "cluster-file", "cluster-bind")) {
            writeCampaign(slug, "Petition " + slug, slug.equals("cluster-delivery") || slug.equals("cluster-bind") ? 3 : 100_000);
        }
        // Its deadline's day ended in its zone before either node started.
        writeCampaign("cluster-past-deadline", "Petition past its deadline", 100_000);
        Path pastDeadline = campaigns.resolve("cluster-past-deadline.yaml");
        Files.writeString(pastDeadline, Files.readString(pastDeadline).replace("goal: 1000\n",
                "goal: 1000\ndeadline: " + LocalDate.now(ZoneId.of("Pacific/Honolulu")).minusDays(1) + "\ntime_zone: Pacific/Honolulu\n"));
        cluster = PayaraCluster.start(home, 2, environment());
    }

    /** A test may kill a node; the next one starts with both again. */
    @BeforeEach
    void bothNodesUp() {
        cluster.restartKilled();
    }

    @AfterAll
    static void stopNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theTwoProcessesFormOneDataGridWithOneLeader() {
        assertEquals(2, cluster.gridSize(0), cluster.log(0));
        assertEquals(2, cluster.gridSize(1), cluster.log(1));
        assertEquals(1, Eventually.await(FRESHNESS, () -> cluster.leaders().size(), leaders -> leaders == 1),
                "exactly one node runs the scheduled jobs");
    }

    @Test
    void signaturesSentToEitherNodeAreStoredOnceAndCountedAlikeOnBoth() {
        String slug = "cluster-counts";
        Mailbox mailbox = SMTP.mailbox();
        List<SignatureForm> signers = IntStream.range(0, 6).mapToObj(i -> SignatureForm.valid()).toList();
        for (int i = 0; i < signers.size(); i++) {
            // The form comes from one node and is posted to the other: no node keeps state for it.
            PetitionSite shown = site(i % 2);
            PetitionSite posted = site((i + 1) % 2);
            assertEquals(302, posted.sign(shown.campaign(slug, "en"), signers.get(i), "en").status());
            String token = Mailbox.confirmToken(mailbox.await(signers.get(i).get("email"), 1).get(0));
            assertEquals(302, shown.submit(posted.get("confirm/" + token, "en"), "confirm", Map.of(), "en").status());
        }
        SignatureForm again = signers.get(0);
        assertEquals(302, site(1).sign(slug, again, "en").status(), "signing twice answers as the first time");

        assertEquals(6, TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                + "WHERE c.slug = ? AND s.status = 'CONFIRMED'", slug), "each signature stored once");
        for (int node = 0; node < 2; node++) {
            PetitionSite site = site(node);
            assertEquals(6L, Eventually.await(FRESHNESS, () -> site.apiCount(slug), count -> count == 6L),
                    "node " + node + " shows the count the database holds");
        }
    }

    @Test
    void eachOfficialGetsEachBatchOnceThoughBothNodesRunTheScheduler() throws Exception {
        String slug = "cluster-delivery";
        Mailbox mailbox = SMTP.mailbox();
        for (int i = 0; i < 3; i++) {
            SignatureForm signer = SignatureForm.valid();
            assertEquals(302, site(i % 2).sign(slug, signer, "en").status());
            String token = Mailbox.confirmToken(mailbox.await(signer.get("email"), 1).get(0));
            assertEquals(302, site((i + 1) % 2).confirm(token).status());
        }
        Eventually.await(MAIL, () -> officialMails(slug).size(), count -> count >= 2);
        // The batch's mails all marked sent, and a mail queued later sent too: a copy on its way would have come.
        Eventually.await(MAIL, () -> TestDatabase.number("SELECT COUNT(*) FROM outbox_message m JOIN delivery_batch b "
                + "ON b.id = m.batch_id JOIN campaign c ON c.id = b.campaign_id WHERE c.slug = ? AND m.status <> 'SENT'", slug),
                unsent -> unsent == 0);
        DeliveryProgress.awaitSenderPoll();

        List<ReceivedMail> mails = officialMails(slug);
        assertEquals(List.of("alcalde-" + slug + COUNCIL, "alma-" + slug + COUNCIL),
                mails.stream().map(ReceivedMail::to).sorted().toList(), "one mail per official");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM delivery_batch b JOIN campaign c ON c.id = b.campaign_id "
                + "WHERE c.slug = ?", slug), "one batch");
        long nodesThatBuiltIt = IntStream.range(0, 2)
                .filter(node -> cluster.log(node).contains("of campaign " + slug + " queued")).count();
        assertEquals(1, nodesThatBuiltIt, "the batch was built by the node that leads");
    }

    @Test
    void aNodeKilledUnderSigningLoadLosesNoAcknowledgedSignatureAndItsMailsStillGoOut() throws Exception {
        String slug = "cluster-surge";
        int victim = cluster.leaders().isEmpty() ? 1 : cluster.leaders().get(0);
        int survivor = 1 - victim;
        try (SigningLoad load = SigningLoad.start(slug, site(0), site(1))) {
            load.awaitAcknowledged(30);
            cluster.kill(victim);
            long claimedAtTheKill = TestDatabase.number(MAILS_OF_CAMPAIGN + " AND m.status = 'PENDING' "
                    + "AND m.claimed_until > now()", slug);
            int beforeKill = load.acknowledged().size();
            load.awaitAcknowledged(beforeKill + 30);
            load.stop();

            assertTrue(load.answeredOtherwise(survivor).isEmpty(),
                    "the surviving node answered every sign POST with a redirect: " + load.answeredOtherwise(survivor));
            assertEquals(List.of(survivor), Eventually.await(FRESHNESS, cluster::leaders, List.of(survivor)::equals),
                    "the survivor took over the scheduled jobs");
            List<String> acknowledged = load.acknowledged();
            long stored = TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                    + "WHERE c.slug = ?", slug);
            assertTrue(stored >= acknowledged.size(), stored + " stored, " + acknowledged.size() + " acknowledged");

            Mailbox mailbox = SMTP.mailbox();
            for (String email : acknowledged) {
                List<ReceivedMail> mails = Eventually.await(MAIL, () -> mailbox.to(email), received -> !received.isEmpty());
                assertTrue(Mailbox.hasConfirmLink(mails.get(0)), "every acknowledged signer gets the confirmation mail");
                assertEquals(1, mails.stream().map(ReceivedMail::messageId).distinct().count(),
                        "a mail the killed node had half sent goes out again as the same message");
            }
            assertEquals(0L, Eventually.await(MAIL, () -> TestDatabase.number(MAILS_OF_CAMPAIGN
                    + " AND m.status <> 'SENT'", slug), unsent -> unsent == 0L),
                    "every mail of the campaign was sent, the " + claimedAtTheKill + " claimed when the node died included");
        }
    }

    /**
     * A third node whose HTTP port is taken joins the data grid, fails to start, and must not
     * linger there: its process ends with an error status, and the serving nodes go on sending
     * batches meanwhile.
     */
    @Test
    void aNodeThatCannotBindItsPortExitsWithAnErrorAndBatchesStillGoOut() throws Exception {
        String slug = "cluster-bind";
        try (ServerSocket taken = new ServerSocket(0)) {
            PayaraProcess failing = cluster.launchExtraNode("port-taken", taken.getLocalPort());
            try {
                Mailbox mailbox = SMTP.mailbox();
                for (int i = 0; i < 3; i++) {
                    SignatureForm signer = SignatureForm.valid();
                    assertEquals(302, site(i % 2).sign(slug, signer, "en").status());
                    assertEquals(302, site(i % 2).confirm(Mailbox.confirmToken(mailbox.await(signer.get("email"), 1).get(0))).status());
                }
                assertEquals(2, Eventually.await(MAIL, () -> officialMails(slug).size(), count -> count >= 2),
                        "the batch went out to both officials");

                OptionalInt exit = failing.awaitExit(Duration.ofMinutes(3));
                assertTrue(failing.log().contains("BindException"), failing.log());
                assertTrue(exit.isPresent(), "the node that could not bind its port is still running");
                assertNotEquals(0, exit.getAsInt(), "and it ends with an error status");
            } finally {
                failing.kill();
            }
        }
        assertEquals(2, Eventually.await(MAIL, () -> cluster.gridSize(0), size -> size == 2), "it left the data grid");
    }

    @Test
    void anOrganizerWhoseNodeDiesIsSentToTheLoginPageOfTheOtherAndCarriesOn() {
        String email = System.getProperty("firmas.adminEmail");
        String password = System.getProperty("firmas.adminPassword");
        ConsoleClient onNode1 = new ConsoleClient(cluster.base(1));
        assertEquals(302, onNode1.logIn(email, password).status(), "logged in on node 1");
        assertEquals(200, onNode1.get("organize/index.xhtml").status());
        ConsoleClient.Response halfFilledForm = onNode1.get("organize/edit.xhtml");
        String slug = "failover-" + UUID.randomUUID().toString().substring(0, 8);

        cluster.kill(1);
        // The load balancer now sends the same browser, with the same cookie, to node 0.
        ConsoleClient onNode0 = new ConsoleClient(cluster.base(0));
        onNode0.useSessionId(onNode1.sessionId());
        ConsoleClient.Response page = onNode0.get("organize/index.xhtml");
        assertEquals(302, page.status(), page.body());
        assertTrue(page.location().contains("/organize/login.xhtml"), page.location());
        ConsoleClient.Response save = onNode0.submit(halfFilledForm, "campaign",
                ConsoleCampaignForm.bilingual(slug).fields(), "save");
        assertEquals(302, save.status(), "a form from the dead node is no error: " + save.body());
        assertTrue(save.location().contains("/organize/login.xhtml"), save.location());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign WHERE slug = ?", slug), "and saves nothing");

        assertEquals(302, onNode0.logIn(email, password).status(), "logging in again works on node 0");
        ConsoleClient.Response home = onNode0.get("organize/index.xhtml");
        assertEquals(200, home.status());
        assertTrue(home.text().contains("Campaigns"), home.text());
    }

    @Test
    void aCampaignChangedOnOneNodeShowsOnTheOther() throws Exception {
        ConsoleClient console = new ConsoleClient(cluster.base(0));
        assertEquals(302, console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());
        String slug = "console-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        ConsoleClient.Response published = console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle",
                Map.of(), "publish");
        assertEquals("Open", published.document().select("#status").text(), published.body());
        assertTitleOnBothNodes(slug, "Fund the library");

        ConsoleClient.Response edited = console.submit(console.get("organize/edit.xhtml?id=" + id), "campaign",
                Map.of("title_en", "Fund the library on Sundays too"), "save");
        assertEquals(302, edited.status(), edited.body());
        assertTitleOnBothNodes(slug, "Fund the library on Sundays too");

        writeCampaign("cluster-file", "A campaign file edited once", 100_000);
        assertTitleOnBothNodes("cluster-file", "A campaign file edited once");
    }

    /**
     * A console campaign whose deadline passes is closed once, by the node that leads, and its
     * officials get one final batch though both nodes serve it closed and both run the scheduler.
     * A campaign file whose deadline had passed before the nodes started is closed on both.
     */
    @Test
    void aCampaignPastItsDeadlineIsClosedOnceAndItsFinalBatchGoesOutOnce() throws Exception {
        ConsoleClient console = new ConsoleClient(cluster.base(0));
        assertEquals(302, console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());
        String slug = "deadline-" + UUID.randomUUID().toString().substring(0, 8);
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        long id = ConsoleCampaignForm.bilingual(slug).with("deadline", LocalDate.now(honolulu).plusDays(1).toString())
                .with("timeZone", honolulu.getId()).with("targets:0:email", "council-" + slug + COUNCIL).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        assertTitleOnBothNodes(slug, "Fund the library");
        Mailbox mailbox = SMTP.mailbox();
        for (int i = 0; i < 2; i++) {
            SignatureForm signer = SignatureForm.valid();
            assertEquals(302, site(i).sign(slug, signer, "en").status());
            assertEquals(302, site(1 - i).confirm(Mailbox.confirmToken(mailbox.await(signer.get("email"), 1).get(0))).status());
        }

        ConsoleClient.Response moved = console.submit(console.get("organize/edit.xhtml?id=" + id), "campaign",
                Map.of("deadline", LocalDate.now(honolulu).minusDays(1).toString()), "save");
        assertEquals(302, moved.status(), moved.text());

        List<ReceivedMail> mails = Eventually.await(MAIL, () -> officialMails(slug), found -> !found.isEmpty());
        assertTrue(mails.get(0).subject().startsWith("Final delivery of the petition: Fund the library — 2 signatures in all"),
                mails.get(0).subject());
        DeliveryProgress.awaitSenderPoll();
        assertEquals(1, officialMails(slug).size(), "one final mail");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM delivery_batch WHERE campaign_id = ? AND final_batch", id));
        assertTrue(TestDatabase.text("SELECT definition FROM campaign WHERE id = ?", id).startsWith("status: closed\n"));
        assertEquals(1, IntStream.range(0, 2).filter(node -> cluster.log(node).contains("Campaigns closed at their deadline: 1")).count(),
                "closed by one node");
        for (int node = 0; node < 2; node++) {
            for (String closed : List.of(slug, "cluster-past-deadline")) {
                PetitionSite.Page page = site(node).campaign(closed, "en");
                assertTrue(page.document().selectFirst("p.badge").text().startsWith("This campaign closed on "), page.text());
                assertNull(page.document().selectFirst("form#sign"), "no form on node " + node);
            }
        }
    }

    private static void assertTitleOnBothNodes(String slug, String title) {
        for (int node = 0; node < 2; node++) {
            PetitionSite site = site(node);
            String heading = Eventually.await(FRESHNESS, () -> headingOf(site, slug), title::equals);
            assertEquals(title, heading, "node " + node + " serves the current campaign");
        }
    }

    private static String headingOf(PetitionSite site, String slug) {
        PetitionSite.Page page = site.campaign(slug, "en");
        return page.status() == 200 ? page.document().select("h1").text() : "HTTP " + page.status();
    }

    private static List<ReceivedMail> officialMails(String slug) {
        return ReceivedMail.all(SMTP.receivedMessages()).stream()
                .filter(mail -> mail.to().endsWith("-" + slug + COUNCIL)).toList();
    }

    static PetitionSite site(int node) {
        return new PetitionSite(cluster.base(node));
    }

    /** A small campaign file in the folder both nodes watch, with two officials of its own. */
    private static void writeCampaign(String slug, String title, int everySignatures) throws IOException {
        Path file = campaigns.resolve(slug + ".yaml");
        Files.writeString(file.resolveSibling(slug + ".tmp"), """
                status: open
                goal: 1000
                texts:
                  en:
                    title: %1$s
                    summary: A petition the cluster tests sign.
                    body: |
                      Signed on two nodes at once.
                    petition: |
                      To the council: act on this petition.
                  es:
                    title: %1$s (es)
                    summary: Una petición que firman las pruebas del clúster.
                    body: |
                      Firmada en dos nodos a la vez.
                    petition: |
                      Al concejo: actúe sobre esta petición.
                targets:
                  - name: Alma Reyes
                    title: Council Member
                    email: alma-%2$s%4$s
                  - name: Oficina del Alcalde
                    title: Alcaldía
                    email: alcalde-%2$s%4$s
                    language: es
                delivery:
                  every_signatures: %3$d
                  every_hours: 8000
                """.formatted(title, slug, everySignatures, COUNCIL));
        // Replaced in one step, as an editor saves, so a node never reads half a file.
        Files.move(file.resolveSibling(slug + ".tmp"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The suite's settings (one database, one data key, GreenMail), with a campaigns folder of the cluster's own. */
    private static Map<String, String> environment() {
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_CAMPAIGNS_DIR", campaigns.toString());
        // Slower than the signing load, so the killed node most likely holds claimed, unsent mails.
        environment.put("FIRMAS_OUTBOX_RATE_PER_SECOND", "5");
        return environment;
    }
}
