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
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.FaultEpisode;

/**
 * Posts queued deliveries on every node, apart from any page: each sender posts what it claimed
 * (up to ten) side by side, so a receiver that is slow or down costs a sender the short timeout
 * once per claim and never a signer's request. The accepted ones of a claim are marked sent
 * together once all its posts are answered; only a node dying between the answers and that mark
 * leaves them to go again after their lease, with the same {@code Firmas-Webhook-Id}.
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
    /** Posts a sender has in flight at once, so two senders put at most 20 on one receiver. */
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
        // The senders' posts in flight end within their timeouts; waited for, their answers are marked
        // before the node goes, instead of being posted again after the lease.
        int running = Math.max(1, senders);
        try {
            if (slots.tryAcquire(running, 2 * timeoutMillis + 2000, TimeUnit.MILLISECONDS)) {
                slots.release(running);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            while (!stopping && !Thread.currentThread().isInterrupted() && System.nanoTime() - started < ROUND_BUDGET_NANOS
                    && !(due = claims.claim(claimSize())).isEmpty()) {
                deliver(due);
            }
            rounds.succeeded();
        } catch (RuntimeException e) {
            rounds.failed(e);
        } finally {
            slots.release();
        }
    }

    /**
     * As many as fit in the lease when all of them are posted at once and the slowest takes the
     * longest a post may (connect and answer timeouts): a claimed delivery is never left unposted
     * only because slow receivers ate the lease.
     */
    private int claimSize() {
        long fitInLease = leaseSeconds * 1000 / (2 * Math.max(1, timeoutMillis));
        return fitInLease < 1 ? 1 : MOST_CLAIMED;
    }

    /**
     * Posts the claimed deliveries side by side, each within its own timeouts, then records every
     * answer, the accepted ones together in one transaction, so one receiver's round trip or one
     * commit does not hold up the rest of the claim.
     */
    private void deliver(List<Claimed> due) {
        Map<Claimed, CompletableFuture<HttpResponse<Void>>> posts = new LinkedHashMap<>();
        List<Claimed> refused = new ArrayList<>();
        for (Claimed delivery : due) {
            if (stopping || clock.instant().plusMillis(2 * timeoutMillis).isAfter(delivery.lease())) {
                continue; // Its lease runs out before a slow answer would: another sender takes it then.
            }
            if (addresses.check(delivery.url()) != AddressCheck.Verdict.ALLOWED) {
                refused.add(delivery);
            } else {
                posts.put(delivery, post(delivery));
            }
        }
        List<WebhookClaims.Accepted> accepted = new ArrayList<>();
        try {
            for (Map.Entry<Claimed, CompletableFuture<HttpResponse<Void>>> post : posts.entrySet()) {
                answered(post.getKey(), post.getValue(), accepted);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            posts.values().forEach(post -> post.cancel(true));
        } finally {
            if (!accepted.isEmpty()) {
                claims.markSent(accepted);
            }
        }
        refused.forEach(delivery -> failed(delivery, WebhookFailure.refusedAddress()));
    }

    /** The post under way; one that could not even be made (a malformed address) is a failed post, recorded as such. */
    private CompletableFuture<HttpResponse<Void>> post(Claimed delivery) {
        try {
            return client.sendAsync(request(delivery), HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for one post's answer: accepted, or its failure recorded. */
    private void answered(Claimed delivery, CompletableFuture<HttpResponse<Void>> post, List<WebhookClaims.Accepted> accepted)
            throws InterruptedException {
        Optional<WebhookFailure> failed;
        int status = 0;
        try {
            // The request's own timeout ends it first; this bound only keeps a stuck client from holding the sender.
            status = post.get(2 * timeoutMillis + 1000, TimeUnit.MILLISECONDS).statusCode();
            failed = WebhookFailure.ofStatus(status);
        } catch (ExecutionException e) {
            failed = Optional.of(e.getCause() instanceof IOException io ? WebhookFailure.of(io) : WebhookFailure.of(new IOException(e.getCause())));
        } catch (TimeoutException e) {
            post.cancel(true);
            failed = Optional.of(WebhookFailure.of(new HttpTimeoutException("no answer")));
        }
        if (failed.isEmpty()) {
            accepted.add(new WebhookClaims.Accepted(delivery, status));
            endpoints.succeeded(delivery.endpointId());
        } else {
            failed(delivery, failed.get());
        }
    }

    private void failed(Claimed delivery, WebhookFailure failure) {
        claims.markFailed(delivery, failure);
        endpoints.failed(delivery.endpointId(), failure);
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
