package org.firmas.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts webhook posts by what became of each, where it is recorded, as the outbox counts its
 * mails: the metric {@code firmas_webhook_deliveries_total{outcome=sent|retried|dead}}.
 */
@ApplicationScoped
public class WebhookTally {

    @Inject
    MetricRegistry registry;

    private Counter sent;
    private Counter retried;
    private Counter dead;

    /** Creates the counters at start-up, so a scrape shows them at zero before anything happened. */
    void registerEarly(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Calling the bean is what creates it.
    }

    @PostConstruct
    void register() {
        Metadata metadata = Metadata.builder().withName("firmas.webhook.deliveries")
                .withDescription("Webhook posts by outcome: sent, retried (a temporary failure), dead (given up)").build();
        sent = registry.counter(metadata, new Tag("outcome", "sent"));
        retried = registry.counter(metadata, new Tag("outcome", "retried"));
        dead = registry.counter(metadata, new Tag("outcome", "dead"));
    }

    void sent() {
        sent.inc();
    }

    void failed(boolean forGood) {
        (forGood ? dead : retried).inc();
    }
}
