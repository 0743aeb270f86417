package org.firmas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.WebhookReceiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks with real processes on one PostgreSQL database: a node killed while a receiver holds
 * one of the deliveries it claimed. Nothing is lost (the deliveries it claimed and never posted
 * go once its lease runs out) and nothing goes twice but the delivery in flight, with its id.
 */
class WebhooksAcrossCrashesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path home;

    /** The deliveries are written before any node of this test has started and migrated the schema. */
    @BeforeAll
    static void migrateTheSchema() {
        TestDatabase.migrate(TestDatabase.url(), null);
        TestDatabase.update("UPDATE webhook_delivery SET next_attempt_at = now() + interval '1 day' WHERE status = 'PENDING'");
    }

    @Test
    void aNodeKilledMidDeliveryLeavesOnlyTheDeliveryInFlightToGoTwice() throws Exception {
        int deliveries = 12;
        String secret = "whsec_crash-" + UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/hook", 200))) {
            long endpoint = endpointWithDeliveries(receiver.url("/hook"), secret, deliveries);
            AtomicReference<PayaraProcess> node = new AtomicReference<>();
            receiver.beforeAnswering(3, () -> node.get().kill());
            node.set(PayaraProcess.start(folder(), environment()));
            try {
                Eventually.await(PATIENCE, () -> receiver.postsTo("/hook").size(), posts -> posts >= 3);
                String inFlight = receiver.postsTo("/hook").get(2).id();
                try (PayaraProcess restarted = PayaraProcess.start(folder(), environment())) {
                    Eventually.await(PATIENCE, () -> TestDatabase.number("SELECT COUNT(*) FROM webhook_delivery "
                            + "WHERE endpoint_id = ? AND status = 'SENT'", endpoint), sent -> sent == deliveries);
                }
                Map<String, Long> copies = receiver.postsTo("/hook").stream()
                        .collect(Collectors.groupingBy(WebhookReceiver.Post::id, Collectors.counting()));
                assertEquals(deliveries, copies.size(), "every delivery arrived");
                assertEquals(Map.of(inFlight, 2L), copies.entrySet().stream().filter(copy -> copy.getValue() > 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        "only the one the node never heard answered went twice, with its id");
                for (WebhookReceiver.Post post : receiver.postsTo("/hook")) {
                    assertTrue(WebhookReceiver.signedWith(secret, post), post.toString());
                }
            } finally {
                node.get().close(); // a test that fails before the kill leaves no node behind
            }
        }
    }

    /** An endpoint and its waiting deliveries, written as the application writes them (secret and bodies encrypted). */
    private static long endpointWithDeliveries(String url, String secret, int deliveries) throws Exception {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            long campaign = TestDatabase.newCampaign(statement, "hook-crash");
            long endpoint = campaign * 10;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_endpoint "
                    + "(id, campaign_id, url, events, secret, enabled, created_at) VALUES (?, ?, ?, 'SIGNATURE_CONFIRMED', ?, TRUE, now())")) {
                insert.setLong(1, endpoint);
                insert.setLong(2, campaign);
                insert.setString(3, url);
                insert.setString(4, TestDatabase.encrypted(secret));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (id, delivery_key, endpoint_id, "
                    + "event, subject, body, status, next_attempt_at, created_at) VALUES (?, ?, ?, 'SIGNATURE_CONFIRMED', ?, ?, 'PENDING', now(), now())")) {
                for (int i = 0; i < deliveries; i++) {
                    insert.setLong(1, endpoint * 100 + i);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setLong(3, endpoint);
                    insert.setString(4, "signature:" + i);
                    insert.setString(5, TestDatabase.encrypted("{\"n\":" + i + "}"));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return endpoint;
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_DATA_DIR", home.resolve("data").toString());
        environment.put("FIRMAS_CAMPAIGNS_DIR", home.resolve("campaigns").toString());
        environment.put("FIRMAS_WEBHOOKS_SENDERS", "1");
        environment.put("FIRMAS_WEBHOOKS_LEASE_SECONDS", "8");
        return environment;
    }

    private static Path folder() throws Exception {
        Files.createDirectories(home.resolve("campaigns"));
        return home;
    }
}
