package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.firmas.delivery.entity.OutboxStatus;

/**
 * How the outbox stands: how many mails wait, and how long the longest-waiting due mail has waited
 * past its time. Both read the index of waiting mails (a partial one on PostgreSQL), never the sent
 * ones, so a scrape costs the same however many mails went before. Exported as the gauges
 * {@code firmas_outbox_pending} and {@code firmas_outbox_oldest_due_seconds}.
 */
@ApplicationScoped
public class OutboxFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("firmas.outbox.pending")
                .withDescription("Mails waiting in the outbox to be sent").build(),
                orNaN(() -> (double) pending()));
        registry.gauge(Metadata.builder().withName("firmas.outbox.oldest.due.seconds")
                .withDescription("How long the waiting mail that has been due longest has waited past its time").build(),
                orNaN(() -> (double) oldestDueWait().toSeconds()));
    }

    /** Mails waiting to be sent, due or not yet (a retry's later time). */
    public long pending() {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :pending", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).getSingleResult();
    }

    /** How long the mail due longest ago has waited past its time; zero when none is due. */
    public Duration oldestDueWait() {
        Instant due = em.createQuery("select min(m.nextAttemptAt) from OutboxMessage m where m.status = :pending", Instant.class)
                .setParameter("pending", OutboxStatus.PENDING).getSingleResult();
        Instant now = clock.instant();
        return due == null || due.isAfter(now) ? Duration.ZERO : Duration.between(due, now);
    }

    /** A gauge the database cannot answer shows no value rather than failing the whole scrape. */
    private static Supplier<Double> orNaN(Supplier<Double> figure) {
        return () -> {
            try {
                return figure.get();
            } catch (RuntimeException unreachable) {
                return Double.NaN;
            }
        };
    }
}
