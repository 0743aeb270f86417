package org.firmas.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.FaultEpisode;

/**
 * Posts queued deliveries on every node, a few at a time, apart from any page: a receiver that is
 * slow or down costs a sender's thread for the short timeout and never a signer's request.
 * A delivery is marked sent as soon as the receiver answered 2xx; only a node dying between that
 * answer and the mark leaves it to go again after its lease, with the same {@code Firmas-Webhook-Id}.
 * <p>
 * The host is checked again before each post, since what a name resolves to may change after the
 * endpoint was added. Starts only after {@link WebhookRekeying}, so every secret opens with the current key.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "WebhookRekeying"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final long ROUND_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final int MOST_CLAIMED = 10;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.poll-millis")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.senders")
    int senders;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.timeout-millis")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.lease-seconds")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.allow-private-addresses")
    boolean allowPrivate;

    @Inject
    WebhookClaims claims;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    private final FaultEpisode rounds = new FaultEpisode(LOG, "Webhook rounds end early; each next one tries again",
            "Webhook rounds run through again");
    private final EndpointFaults endpoints = new EndpointFaults(LOG);
    private volatile boolean stopping;
    private Semaphore slots;
    private HttpClient client;
    private AddressCheck addresses;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        addresses = new AddressCheck(allowPrivate);
        slots = new Semaphore(Math.max(1, senders));
        long interval = Math.max(50, pollMillis);
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Starts a sender in each free slot; each drains until nothing is due, then frees its slot. */
    @Timeout
    void tick() {
        while (!stopping && slots.tryAcquire()) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException rejected) {
                slots.release();
                return;
            }
        }
    }

    private void drain() {
        long started = System.nanoTime();
        try {
            List<Claimed> due;
            while (!stopping && System.nanoTime() - started < ROUND_BUDGET_NANOS && !(due = claims.claim(claimSize())).isEmpty()) {
                due.forEach(this::deliver);
            }
            rounds.succeeded();
        } catch (RuntimeException e) {
            rounds.failed(e);
        } finally {
            slots.release();
        }
    }

    /**
     * As many as can each take the longest a post may (connect and answer timeouts) within the
     * lease: a claimed delivery is never left unposted only because slow receivers ate the lease.
     */
    private int claimSize() {
        long fitInLease = leaseSeconds * 1000 / (2 * Math.max(1, timeoutMillis));
        return (int) Math.max(1, Math.min(MOST_CLAIMED, fitInLease));
    }

    private void deliver(Claimed delivery) {
        if (stopping || clock.instant().plusMillis(2 * timeoutMillis).isAfter(delivery.lease())) {
            return; // Its lease runs out before a slow answer would: another sender takes it then.
        }
        if (addresses.check(delivery.url()) != AddressCheck.Verdict.ALLOWED) {
            claims.markFailed(delivery, WebhookFailure.refusedAddress());
            endpoints.failed(delivery.endpointId(), WebhookFailure.refusedAddress());
            return;
        }
        Optional<WebhookFailure> failed;
        int status = 0;
        try {
            status = client.send(request(delivery), HttpResponse.BodyHandlers.discarding()).statusCode();
            failed = WebhookFailure.ofStatus(status);
        } catch (IOException e) {
            failed = Optional.of(WebhookFailure.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failed.isEmpty()) {
            claims.markSent(delivery, status);
            endpoints.succeeded(delivery.endpointId());
        } else {
            claims.markFailed(delivery, failed.get());
            endpoints.failed(delivery.endpointId(), failed.get());
        }
    }

    private HttpRequest request(Claimed delivery) {
        long timestamp = clock.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(delivery.url().strip()))
                .timeout(Duration.ofMillis(timeoutMillis))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Firmas-Webhooks/1")
                .header("Firmas-Webhook-Id", delivery.key())
                .header("Firmas-Webhook-Event", delivery.event().wireName())
                .header("Firmas-Webhook-Timestamp", Long.toString(timestamp))
                .header("Firmas-Webhook-Signature", WebhookSignature.header(delivery.secret(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
    }
}
