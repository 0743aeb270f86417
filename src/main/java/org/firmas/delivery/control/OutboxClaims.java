package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.delivery.entity.OutboxMessage;

/**
 * The outbox's state changes, each in its own short transaction, begun here rather than by
 * {@link OutboxSender}: the sender runs outside any transaction, since none may stay open while
 * the SMTP server is talking. A claim is a lease: rows are locked with SKIP LOCKED so concurrent
 * senders take different rows, and a lease left behind by a crashed sender simply runs out and
 * the row is taken again. An official's batch mail already handed to the server under such a
 * lease is not: it is maybe delivered (IN_DOUBT), and only an organizer sends it again.
 */
@ApplicationScoped
// Each change commits before the sender's next SMTP step, so other nodes see it and a crash leaves it recorded.
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailTally tally;

    @Inject
    @ConfigProperty(name = "firmas.outbox.retry-base-seconds")
    long retryBaseSeconds;

    /** How long a claim holds: longer than any send takes, short enough that a crashed node's mail goes soon. */
    @Inject
    @ConfigProperty(name = "firmas.outbox.lease-seconds")
    long leaseSeconds;

    /** Why a mail is maybe delivered, for the organizer who reads the delivery log. */
    static final String LOST_IN_FLIGHT = "Maybe delivered: handed to the mail server by a node that stopped before "
            + "hearing back. Not sent again unless an organizer asks.";

    /** How long a supporter's mail whose delivery is in doubt waits before it goes again. */
    static final Duration IN_DOUBT_RETRY = Duration.ofHours(1);

    /**
     * Claims due messages for a lease and one slow send more: the reply to a message's data may
     * take minutes, and a lease running out under a mail in flight would let another sender send
     * it as well.
     */
    public List<OutboxMessage> claim(int limit, Duration slowSend) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        em.createNativeQuery(DeliveryQueries.LOSE_IN_FLIGHT)
                .setParameter(1, LOST_IN_FLIGHT)
                .setParameter(2, now)
                .executeUpdate();
        List<Long> claimed = new ArrayList<>(due(DeliveryQueries.DUE_FIRST, now, limit));
        if (claimed.size() < limit) {
            claimed.addAll(due(DeliveryQueries.DUE_UPDATES, now, limit - claimed.size()));
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery(DeliveryQueries.claim(claimed))
                .setParameter(1, now.plusSeconds(leaseSeconds).plus(slowSend))
                .executeUpdate();
        List<OutboxMessage> messages = new ArrayList<>(em.createNamedQuery(OutboxMessage.WITH_IDS, OutboxMessage.class)
                .setParameter("ids", claimed)
                .getResultList());
        // Sent in the order claimed: the mail someone is waiting for first.
        Map<Long, Integer> order = new HashMap<>();
        claimed.forEach(id -> order.put(id, order.size()));
        messages.sort(Comparator.comparing(message -> order.get(message.getId())));
        return messages;
    }

    private List<Long> due(String query, OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(query)
                .setParameter(1, now)
                .setParameter(2, now)
                .setParameter(3, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Records that an official's mail is about to be handed to the server, before it is: should
     * the node stop before the server's answer is marked, the mail is known to be maybe delivered.
     * False when this sender's lease ran out and another sender claimed the mail since.
     */
    public boolean markSending(OutboxMessage message) {
        return em.createNativeQuery(DeliveryQueries.MARK_SENDING)
                .setParameter(1, message.getId())
                .setParameter(2, message.getClaimedUntil().atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /**
     * The server took the message's data and its answer was lost. An official's mail is left
     * maybe delivered, for an organizer to look into; a supporter's goes again, much later.
     */
    public void markMaybeDelivered(OutboxMessage message, SmtpFailure failure) {
        tally.inDoubt();
        if (BatchCreator.KIND.equals(message.getKind())) {
            em.createNativeQuery(DeliveryQueries.MARK_IN_DOUBT)
                    .setParameter(1, failure.reply())
                    .setParameter(2, message.getId())
                    .executeUpdate();
            return;
        }
        retryAt(message, failure, clock.instant().plus(IN_DOUBT_RETRY));
    }

    /**
     * Marks a message sent and drops its body: once the server has it, the database has no reason
     * to keep a copy of anyone's name or of a confirmation link.
     */
    public void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery(DeliveryQueries.markSent(ids))
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        tally.sent(ids.size());
    }

    /**
     * Hands back claimed messages that were never tried, as if they had not been claimed. Only
     * while the claim is still the one this sender made: if its lease ran out and another sender
     * claimed a message since, that claim stands.
     */
    public void release(List<OutboxMessage> untried) {
        handBack(untried, Optional.empty());
    }

    /** {@link #release}, noting for the delivery log why they wait: the server could not be reached. */
    public void releaseUnreachable(List<OutboxMessage> untried, SmtpFailure failure) {
        handBack(untried, Optional.of(failure.reply()));
    }

    private void handBack(List<OutboxMessage> untried, Optional<String> lastError) {
        for (Map.Entry<Instant, List<OutboxMessage>> claim : byLease(untried).entrySet()) {
            Query update = em.createNativeQuery(DeliveryQueries.handBack(ids(claim.getValue()), lastError.isPresent()));
            int lease = 1;
            if (lastError.isPresent()) {
                update.setParameter(lease++, lastError.get());
            }
            update.setParameter(lease, claim.getKey().atOffset(ZoneOffset.UTC)).executeUpdate();
        }
    }

    /**
     * Renews the lease on the messages of a claim not sent yet, where this sender still holds
     * them, for as long as a claim holds: a server slow to answer must not let the lease run out
     * under mails that another sender would then send as well. A message another sender claimed
     * since is no longer held (its lease here becomes null).
     */
    public void renew(List<OutboxMessage> unsent, Duration slowSend) {
        Instant until = clock.instant().plusSeconds(leaseSeconds).plus(slowSend).truncatedTo(ChronoUnit.MICROS);
        byLease(unsent).forEach((lease, messages) -> em.createNativeQuery(DeliveryQueries.renew(ids(messages)))
                .setParameter(1, until.atOffset(ZoneOffset.UTC))
                .setParameter(2, lease.atOffset(ZoneOffset.UTC))
                .executeUpdate());
        @SuppressWarnings("unchecked")
        List<Number> held = em.createNativeQuery(DeliveryQueries.heldUntil(ids(unsent)))
                .setParameter(1, until.atOffset(ZoneOffset.UTC))
                .getResultList();
        Set<Long> stillHeld = held.stream().map(Number::longValue).collect(Collectors.toSet());
        unsent.forEach(message -> message.heldUntil(stillHeld.contains(message.getId()) ? until : null));
    }

    /**
     * Records a failure: a permanent one ends the message, a temporary one puts it off. A supporter's
     * dead mail drops its body, links and all, since nothing ever sends it again; an official's keeps
     * it, encrypted, for the organizer's retry.
     */
    public void markFailed(OutboxMessage message, SmtpFailure failure) {
        tally.failed(failure.permanent());
        Instant now = clock.instant();
        if (failure.permanent()) {
            em.createNativeQuery(DeliveryQueries.MARK_DEAD)
                    .setParameter(1, failure.reply())
                    .setParameter(2, message.getId())
                    .executeUpdate();
            return;
        }
        retryAt(message, failure, now.plus(backoff(message.getAttempts())));
    }

    /** Back in the queue: also an official's mail marked as being sent, which the server refused. */
    private void retryAt(OutboxMessage message, SmtpFailure failure, Instant next) {
        em.createNativeQuery(DeliveryQueries.RETRY_AT)
                .setParameter(1, next.atOffset(ZoneOffset.UTC))
                .setParameter(2, failure.reply())
                .setParameter(3, message.getId())
                .executeUpdate();
    }

    /** The messages still held, by the lease they are held under (one per claim, or per renewal). */
    private static Map<Instant, List<OutboxMessage>> byLease(List<OutboxMessage> messages) {
        return messages.stream().filter(message -> message.getClaimedUntil() != null)
                .collect(Collectors.groupingBy(OutboxMessage::getClaimedUntil));
    }

    private static List<Long> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::getId).toList();
    }

    /** Exponential backoff with jitter, capped at an hour, so a recovering server is not stampeded. */
    Duration backoff(int attempts) {
        long exponent = Math.min(Math.max(attempts - 1, 0), 10);
        long seconds = Math.min(retryBaseSeconds << exponent, 3600);
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (seconds * 1000 * jitter));
    }
}
