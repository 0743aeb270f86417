package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.firmas.testsupport.CuttableProxy;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OperatorEndpoints;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.RawHttp;
import org.firmas.testsupport.RawHttp.Language;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * An operator's monitoring reads the node's health, metrics and API description from the address
 * it was given; the public, from any other address, finds none of them. The node serves the site
 * root, as in production: Payara serves these endpoints inside the application only there (under
 * the shared deployment's context path they would be the server's own, outside Firmas). Its
 * database is reached through a relay the test can cut.
 */
class OperatorWatchesTheNodeIT {

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    private static final String CAMPAIGN = "signing-test";
    private static final Duration NOTICED = Duration.ofSeconds(30);
    private static final String RECORDED = "firmas_signatures_total{outcome=\"recorded\"}";
    private static final String DUPLICATE = "firmas_signatures_total{outcome=\"duplicate\"}";
    private static final String INVALID = "firmas_signatures_total{outcome=\"invalid\"}";
    private static final String CONFIRMED = "firmas_confirmations_total";
    private static final String MAILS_SENT = "firmas_mails_total{outcome=\"sent\"}";

    private static CuttableProxy database;
    private static PayaraProcess firmas;

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "operator-watches-the-node-it").toAbsolutePath());
        CuttableProxy.Relayed relayed = CuttableProxy.toTestDatabase();
        database = relayed.proxy();
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_DATA_DIR", home.resolve("data").toString());
        environment.put("FIRMAS_DB_URL", relayed.jdbcUrl());
        firmas = PayaraProcess.start(home, environment);
    }

    @AfterAll
    static void stop() throws Exception {
        if (firmas != null) {
            firmas.close();
        }
        database.close();
    }

    private static OperatorEndpoints operator() {
        return new OperatorEndpoints(firmas.base());
    }

    @Test
    void aServingNodeIsReadyAndAliveAndNamesEachCheck() {
        RawHttp.Answer ready = operator().get("/health/ready");
        RawHttp.Answer live = operator().get("/health/live");

        assertEquals(200, ready.status(), ready.body());
        assertEquals(Map.of("database-reachable", "UP", "schema-migrated", "UP", "campaigns-loaded", "UP", "signatures-stored", "UP"),
                OperatorEndpoints.checks(ready));
        assertEquals(200, live.status(), live.body());
        assertEquals(Map.of("timers", "UP", "outbox-moving", "UP"), OperatorEndpoints.checks(live));
    }

    @Test
    void theMetricsCountEachSignatureConfirmationAndMail() {
        OperatorEndpoints operator = operator();
        PetitionSite site = new PetitionSite(firmas.base());
        Map<String, Double> before = operator.metrics();
        SignatureForm form = SignatureForm.valid().withEmail("metrics-" + UUID.randomUUID() + "@example.org");

        assertEquals(302, site.sign(CAMPAIGN, form, "en").status());
        String token = Mailbox.confirmToken(SMTP.mailbox().await(form.get("email"), 1).get(0));
        assertEquals(302, site.sign(CAMPAIGN, form, "en").status(), "signed again");
        assertEquals(302, site.confirm(token).status());
        // Judged by the direct way in, then answered by Faces: by its validators, or by the page bean when a field was left out.
        assertEquals(200, site.submit(site.campaign(CAMPAIGN, "en"), "sign", Map.of("firstName", "Rosa", "lastName", "Martinez",
                "email", "invalid-" + UUID.randomUUID() + "@example.org", "zip", "1"), "en").status(), "a postal code that is none");
        assertEquals(200, site.submit(site.campaign(CAMPAIGN, "en"), "sign", Map.of("firstName", "Rosa",
                "email", "invalid-" + UUID.randomUUID() + "@example.org", "zip", "19148"), "en").status(), "a name left out");
        Map<String, Double> after = Eventually.await(Duration.ofSeconds(10), operator::metrics,
                metrics -> metrics.get(CONFIRMED) > before.get(CONFIRMED) && metrics.get(MAILS_SENT) > before.get(MAILS_SENT));

        assertEquals(1.0, after.get(RECORDED) - before.get(RECORDED), "one signature recorded");
        assertEquals(1.0, after.get(DUPLICATE) - before.get(DUPLICATE), "one signed twice");
        assertEquals(2.0, after.get(INVALID) - before.get(INVALID), "each invalid form counted once");
        assertEquals(1.0, after.get(CONFIRMED) - before.get(CONFIRMED), "one confirmed");
        assertTrue(after.get(MAILS_SENT) - before.get(MAILS_SENT) >= 1.0, "the confirmation mail went");
        for (String outcome : List.of("sent", "retried", "dead")) {
            assertEquals(0.0, after.get("firmas_webhook_deliveries_total{outcome=\"" + outcome + "\"}"),
                    "webhook posts are counted from the start, none here without an endpoint: " + outcome);
        }
        for (String gauge : List.of("firmas_outbox_pending", "firmas_outbox_oldest_due_seconds", "firmas_suspects_held")) {
            assertTrue(after.get(gauge) >= 0, gauge + " = " + after.get(gauge));
        }
        // Fresh within a few seconds, even when another test has just given the database back.
        double age = Eventually.await(Duration.ofSeconds(30), () -> operator.metrics().get("firmas_counts_age_seconds"), seconds -> seconds < 10);
        assertTrue(age < 10, "the counts on show are fresh: " + age);
    }

    @Test
    void thePublicFindsNoOperatorEndpoint() {
        RawHttp visitor = new RawHttp(firmas.base());
        for (String path : List.of("/health", "/health/ready", "/health/live", "/health/started", "/metrics",
                "/metrics?scope=application", "/openapi", "/openapi?format=json")) {
            visitor.sendAsWritten("GET", path, Map.of(), null, Language.EN).assertClean(404, Language.EN, "Page not found");
            assertEquals(200, operator().get(path).status(), path + " from the monitoring address");
        }
    }

    @Test
    void theApiDescriptionListsTheApiAndNothingElse() {
        RawHttp.Answer openapi = operator().get("/openapi");
        assertEquals(200, openapi.status());
        Map<?, ?> document = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(openapi.body());

        Map<?, ?> paths = (Map<?, ?>) document.get("paths");
        assertTrue(paths.containsKey("/api/campaigns/{slug}"), "the campaign route: " + paths.keySet());
        assertTrue(paths.keySet().containsAll(Set.of("/api/osdi/v1/", "/api/osdi/v1/petitions", "/api/osdi/v1/petitions/{id}",
                "/api/osdi/v1/petitions/{id}/signatures", "/api/osdi/v1/petitions/{id}/signatures/{signatureId}",
                "/api/osdi/v1/petitions/{id}/signatures/record_signature_helper")), "the OSDI routes: " + paths.keySet());
        assertTrue(paths.keySet().stream().allMatch(path -> path.toString().startsWith("/api/")), "only /api routes: " + paths.keySet());
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas");
        assertEquals(Set.of("Campaign", "AreaCount", "HalDocument", "RecordSignature", "Error"), schemas.keySet(),
                "the API's own shapes, no page or form class");
    }

    /**
     * PostgreSQL becomes unreachable: the node is not ready, so a load balancer stops sending it
     * visitors, but alive, since a restart would not bring the database back; once PostgreSQL is
     * back, the node is ready again by itself.
     */
    @Test
    void notReadyWhilePostgresqlIsUnreachableAndReadyAgainAfter() {
        OperatorEndpoints operator = operator();
        assertEquals(200, operator.get("/health/ready").status(), "ready with the database");

        database.cut();
        try {
            RawHttp.Answer cut = Eventually.await(NOTICED, () -> operator.get("/health/ready"), answer -> answer.status() == 503);
            assertEquals(503, cut.status(), cut.body());
            assertEquals("DOWN", OperatorEndpoints.checks(cut).get("database-reachable"), cut.body());
            RawHttp.Answer live = operator.get("/health/live");
            assertEquals(200, live.status(), "alive without the database: " + live.body());
        } finally {
            database.restore();
        }
        RawHttp.Answer back = Eventually.await(NOTICED, () -> operator.get("/health/ready"), answer -> answer.status() == 200);
        assertEquals(200, back.status(), back.body());
        assertEquals("UP", OperatorEndpoints.checks(back).get("database-reachable"));
    }
}
