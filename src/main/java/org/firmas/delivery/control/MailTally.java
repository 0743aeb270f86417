package org.firmas.delivery.control;

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
 * Counts the outbox's mails by what became of each attempt, where it is recorded: the metric
 * {@code firmas_mails_total{outcome=sent|retried|dead|in_doubt}}. Another queue with the same
 * lifecycle (webhook deliveries) counts itself the same way under a name of its own.
 */
@ApplicationScoped
public class MailTally {

    static final String NAME = "firmas.mails";

    @Inject
    MetricRegistry registry;

    private Counter sent;
    private Counter retried;
    private Counter dead;
    private Counter inDoubt;

    /** Creates the counters at start-up, so a scrape shows them at zero before anything happened. */
    void registerEarly(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Calling the bean is what creates it.
    }

    @PostConstruct
    void register() {
        Metadata metadata = Metadata.builder().withName(NAME)
                .withDescription("Outbox mails by outcome: sent, retried (a temporary failure), dead (refused for good), "
                        + "in_doubt (the server's answer was lost)").build();
        sent = registry.counter(metadata, new Tag("outcome", "sent"));
        retried = registry.counter(metadata, new Tag("outcome", "retried"));
        dead = registry.counter(metadata, new Tag("outcome", "dead"));
        inDoubt = registry.counter(metadata, new Tag("outcome", "in_doubt"));
    }

    void sent(int mails) {
        sent.inc(mails);
    }

    void failed(boolean forGood) {
        (forGood ? dead : retried).inc();
    }

    void inDoubt() {
        inDoubt.inc();
    }
}
