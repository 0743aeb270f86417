package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OutboxFolder;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's promise: with no database and no mail server configured, Firmas keeps its
 * data in an H2 file under ./data, writes mail to ./data/outbox, serves the campaigns in
 * ./campaigns, and still has everything after a restart. It listens on this machine only, where
 * the README's demo login works and launches a campaign (the V3 migration runs on H2 as on
 * PostgreSQL), even while someone else guesses that account's password from another address; the
 * log says so, never with the password. Told to listen beyond this machine, that login opens nothing.
 * Without site settings every page is Firmas in its own colours; restarted with a settings file and
 * a logo in the data folder, the pages, the console and the mails wear the organization's own.
 * One node serves both tests, the way a newcomer would use it; the restart comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultIT {

    private static final String CAMPAIGN = "delivery-test";
    private static final String DEMO_EMAIL = "admin@firmas.local";
    private static final String DEMO_PASSWORD = "firmas-demo-admin";
    private static final String GUESS = "guessed-password-1234";

    private static final String SITE_SETTINGS = """
            name: Juntos
            logo: juntos.svg
            primary-colour: "#0b5394"
            accent-colour: "#073763"
            privacy-contact: privacidad@juntos.example
            mail-from-name: Juntos por la justicia
            """;
    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\"><rect width=\"40\" "
            + "height=\"10\" fill=\"#fff\"/></svg>";

    @TempDir
    static Path home;

    private static PayaraProcess firmas;

    @BeforeAll
    static void start() throws IOException {
        copyCampaigns();
        // Only the timing is shortened; every storage, mail and login setting stays at its default.
        firmas = PayaraProcess.start(home, Map.of("FIRMAS_DELIVERY_CHECK_SECONDS", "1", "FIRMAS_OUTBOX_POLL_MILLIS", "200"));
    }

    @AfterAll
    static void stop() {
        if (firmas != null) {
            firmas.close();
        }
    }

    @Test
    @Order(1)
    void theDocumentedDemoLoginLaunchesACampaignOnH2() {
        ConsoleClient guesser = new ConsoleClient(firmas.base()).fromAddress("127.0.0.2");
        for (int attempt = 0; attempt < 5; attempt++) {
            guesser.logIn(DEMO_EMAIL, GUESS);
        }
        ConsoleClient console = new ConsoleClient(firmas.base());
        assertEquals(302, console.logIn(DEMO_EMAIL, DEMO_PASSWORD).status(), "the README's demo login");
        assertTrue(console.get("organize/").text().contains("file-managed"), "the file campaign is listed, read-only");

        long id = ConsoleCampaignForm.bilingual("demo-library").createWith(console);
        ConsoleClient.Response published = console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        assertTrue(published.text().contains("The campaign is published."), published.text());

        PetitionSite site = new PetitionSite(firmas.base());
        Document home = site.get("", "en").document();
        assertEquals("Firmas", home.selectFirst("header .brand").text(), "no site settings: Firmas, in words");
        assertEquals("Firmas: campaigns", home.title());
        assertTrue(home.select("header .brand img, link[href*=brand.css]").isEmpty(), "and in firmas.css's own colours");
        assertEquals("Fund the library", site.campaign("demo-library", "en").document().selectFirst("h1").text());
        assertEquals("Financien la biblioteca", site.campaign("demo-library", "es").document().selectFirst("h1").text());

        Pattern guessed = Pattern.compile("the password of account \\d+ is being guessed");
        String log = Eventually.await(Duration.ofSeconds(10), firmas::log, written -> guessed.matcher(written).find());
        assertTrue(log.contains("demo admin " + DEMO_EMAIL + " created"), "the log says a demo admin exists");
        assertFalse(log.contains(DEMO_PASSWORD), "but never its password");
        assertTrue(guessed.matcher(log).find(), "the guessing is reported, naming the account by id");
        assertFalse(log.contains(GUESS), "never with a guess");
        assertFalse(log.contains("127.0.0.2"), "nor the guesser's address");
    }

    @Test
    @Order(2)
    void bootsOnH2WritesMailToTheOutboxFolderAndKeepsDataAcrossRestarts() throws Exception {
        OutboxFolder outbox = new OutboxFolder(home);
        PetitionSite site = new PetitionSite(firmas.base());
        assertTrue(site.get("", "en").text().contains("Shut down the Berks Family Detention Center"));
        assertEquals(302, site.sign(CAMPAIGN, SignatureForm.valid(), "en").status());

        List<ReceivedMail> mails = Eventually.await(Duration.ofSeconds(30), outbox::mails, found -> !found.isEmpty());

        assertEquals(1, mails.size(), "the confirmation mail, as a file");
        ReceivedMail confirmation = mails.get(0);
        assertTrue(confirmation.messageId().startsWith("<supporter-"), confirmation.messageId());
        assertEquals(302, site.confirm(Mailbox.confirmToken(confirmation)).status());
        assertEquals(1, Eventually.await(Duration.ofSeconds(5), () -> site.apiCount(CAMPAIGN), count -> count == 1));
        assertTrue(Files.exists(home.resolve("data/firmas.mv.db")), "the H2 database file");
        assertEquals("rw-------", permissions(home.resolve("data/data.key")),
                "the data key, created at first start, readable by its owner only");
        assertEquals("rwx------", permissions(home.resolve("data")), "H2's files inside are out of other users' reach");
        assertEquals("rwx------", permissions(home.resolve("data/outbox")));
        try (Stream<Path> files = Files.list(home.resolve("data/outbox"))) {
            for (Path eml : files.toList()) {
                assertEquals("rw-------", permissions(eml), eml.getFileName() + " names a supporter");
            }
        }
        List<InetSocketAddress> listening = firmas.listeningAddresses();
        assertFalse(listening.isEmpty());
        assertTrue(listening.stream().allMatch(socket -> socket.getAddress().isLoopbackAddress()),
                "the run command listens on this machine only, data grid included: " + listening);
        otherMachinesAddress().ifPresent(address -> assertThrows(ConnectException.class,
                () -> connect(address, firmas.base().getPort()), "refused at " + address.getHostAddress()));
        assertEquals(302, new ConsoleClient(firmas.base()).logIn(DEMO_EMAIL, DEMO_PASSWORD).status(), "the README's demo login");
        firmas.close();
        firmas = null;

        // Reachable from other machines, as FIRMAS_BIND_ADDRESS allows: the README's demo password opens nothing.
        // And now the organization's own site: a settings file and a logo in the data folder, the website from the environment.
        Files.writeString(home.resolve("data/site.yaml"), SITE_SETTINGS);
        Files.writeString(home.resolve("data/juntos.svg"), LOGO);
        try (PayaraProcess restarted = PayaraProcess.start(home, Map.of("FIRMAS_BIND_ADDRESS", "0.0.0.0",
                "FIRMAS_SITE_WEBSITE", "https://juntos.example/"))) {
            PetitionSite restartedSite = new PetitionSite(restarted.base());
            assertEquals(1, Eventually.await(Duration.ofSeconds(5), () -> restartedSite.apiCount(CAMPAIGN), count -> count == 1));
            otherMachinesAddress().ifPresent(address -> assertDoesNotThrow(() -> connect(address, restarted.base().getPort())));
            ConsoleClient.Response demo = new ConsoleClient(restarted.base()).logIn(DEMO_EMAIL, DEMO_PASSWORD);
            assertEquals(200, demo.status());
            assertTrue(demo.text().contains("The email or password is not correct."), demo.text());
            wearsTheOrganizationsOwnBrand(restarted, outbox);
        }
    }

    private static void wearsTheOrganizationsOwnBrand(PayaraProcess node, OutboxFolder outbox) {
        PetitionSite site = new PetitionSite(node.base());
        Document campaign = site.campaign(CAMPAIGN, "en").document();
        Element logo = campaign.selectFirst("header a.brand img");
        assertEquals("Juntos", logo.attr("alt"), "the logo is named by the organization's name");
        assertEquals("", campaign.selectFirst("header a.brand").ownText(), "and stands in for it");
        assertEquals("Juntos: your signature goes to the officials named on each petition. We never share your email address.",
                campaign.selectFirst("footer p").text());
        assertEquals("mailto:privacidad@juntos.example", campaign.selectFirst("footer a:contains(Privacy questions)").attr("href"));
        assertEquals("https://juntos.example/", campaign.selectFirst("footer a:contains(Website of Juntos)").attr("href"));
        assertEquals("Juntos: campañas", site.get("", "es").document().title());

        PetitionSite.Page image = site.get(logo.attr("src").substring(1), "en");
        assertEquals(200, image.status());
        assertEquals(LOGO, image.body());
        assertEquals("image/svg+xml", image.header("Content-Type"));
        assertTrue(image.header("Content-Security-Policy").startsWith("default-src 'none'; style-src 'unsafe-inline'"),
                "opened on its own, the SVG runs no script and fetches nothing");
        assertEquals("nosniff", image.header("X-Content-Type-Options"));
        assertTrue(image.header("Cache-Control").contains("max-age=31536000"), image.header("Cache-Control"));

        PetitionSite.Page colours = site.get(campaign.selectFirst("link[href*=brand.css]").attr("href").substring(1), "en");
        assertTrue(colours.header("Content-Type").startsWith("text/css"), colours.header("Content-Type"));
        assertTrue(colours.body().contains("--accent: #0b5394; --accent-dark: #073763;"), colours.body());

        Document console = new ConsoleClient(node.base()).get("organize/login.xhtml").document();
        assertEquals("Juntos", console.selectFirst("header a.brand img").attr("alt"), "the console wears it too");

        assertEquals(302, site.sign(CAMPAIGN, SignatureForm.valid().withEmail("rosa@juntos.example"), "en").status());
        ReceivedMail mail = outbox.awaitMailTo("rosa@juntos.example");
        Element band = Jsoup.parse(mail.html()).selectFirst("body > div");
        assertEquals("Juntos", band.text(), "the mail's header names the organization");
        assertTrue(band.attr("style").contains("background:#0b5394"), band.attr("style"));
        assertEquals("Juntos por la justicia", outbox.senderNameOf("rosa@juntos.example"));
    }

    /** An address of this machine that other machines could connect to; none on a host without a network. */
    private static Optional<InetAddress> otherMachinesAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
        }
    }

    /** The samples the run command serves, and the test campaigns the two tests sign and list. */
    private static void copyCampaigns() throws IOException {
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        try (Stream<Path> samples = Files.list(Path.of("campaigns"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, campaigns.resolve(sample.getFileName()));
            }
        }
        for (String test : List.of(CAMPAIGN, "signing-test")) {
            Files.copy(Path.of(System.getProperty("firmas.testCampaigns"), test + ".yaml"), campaigns.resolve(test + ".yaml"));
        }
    }
}
