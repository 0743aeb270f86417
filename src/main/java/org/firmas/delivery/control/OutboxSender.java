package org.firmas.delivery.control;

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
import jakarta.interceptor.Interceptors;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.delivery.entity.OutboxMessage;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.TimerBeat;
import org.firmas.platform.VisitorLoad;

/**
 * Drains the outbox on every node, with a few senders side by side, each on its own reused SMTP
 * connection and all within one rate limit. A row is marked sent as soon as the server accepted
 * it ({@link SentMarks}). Only a node that dies between the server's acceptance and the mark
 * leaves a message to go again after the lease (same Message-ID): at most the one in flight per
 * sender. Not an official's batch mail, which is marked as being sent before it goes, and is then
 * left maybe delivered rather than sent twice.
 * <p>
 * A server that cannot be reached gets back the claim untried, no attempt charged, and the node's
 * senders wait before trying it again ({@link SmtpOutage}).
 * <p>
 * The timer is the outbox's entry point and holds no transaction: each claim and mark commits on
 * its own in {@link OutboxClaims}, before the next SMTP step.
 * <p>
 * A node that is stopped (a deploy, a restart) finishes the message in hand, marks what went and
 * hands back what it had claimed but not sent, so another node sends that at once instead of
 * after the lease. Only a stop that ends the process before that (a send slower than the wait
 * below, or a platform that kills sooner) leaves mails to go again after the lease.
 * <p>
 * While visitors keep the node busy ({@link VisitorLoad}), each sender waits a little before each
 * update mail: the rate limit is a ceiling, and in a surge the pages come first. Mail someone is
 * waiting for (a confirmation link) is claimed before the updates' mails and never waits.
 * <p>
 * Starts only after {@link OutboxRekeying}, so no mail leaves before its body is under the current key.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "SenderCheck", "OutboxRekeying"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final long ROUND_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);
    /** How long a stop waits for the senders: one message in hand, within the SMTP timeout in practice. */
    private static final long STOP_WAIT_NANOS = TimeUnit.SECONDS.toNanos(15);

    @Inject
    @ConfigProperty(name = "firmas.outbox.poll-millis")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "firmas.outbox.batch-size")
    int batchSize;

    @Inject
    @ConfigProperty(name = "firmas.outbox.rate-per-second")
    double ratePerSecond;

    @Inject
    @ConfigProperty(name = "firmas.outbox.senders")
    int senders;

    @Inject
    @ConfigProperty(name = "firmas.outbox.lease-seconds")
    long leaseSeconds;

    @Inject
    OutboxClaims claims;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    @Inject
    FieldCipher cipher;

    @Inject
    MailBodyCipher bodies;

    @Inject
    VisitorLoad visitors;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    private final AtomicInteger running = new AtomicInteger();
    private final SmtpOutage outage = new SmtpOutage(System::nanoTime);
    private final FaultEpisode rounds = new FaultEpisode(LOG, "Outbox rounds end early; each next one tries again",
            "Outbox rounds run through again");
    private volatile boolean stopping;
    private SendPace pace;
    private SentMarks sentMarks;

    @PostConstruct
    void start() {
        pace = new SendPace(ratePerSecond);
        sentMarks = new SentMarks(claims);
        long interval = Math.max(50, pollMillis);
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** Sends no more and waits until every sender has marked what it sent and handed back the rest. */
    @PreDestroy
    public void stop() {
        stopping = true;
        long deadline = System.nanoTime() + STOP_WAIT_NANOS;
        while (running.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        try {
            sentMarks.writeKept();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Mails the server accepted stay unmarked and may go again: " + e.getClass().getSimpleName());
        }
    }

    /** Tops the senders up to the configured number; each drains until the outbox is empty. */
    @Timeout
    @Interceptors(TimerBeat.class)
    void tick() {
        while (!stopping && running.get() < Math.max(1, senders)) {
            running.incrementAndGet();
            try {
                executor.execute(this::drain);
            } catch (RuntimeException rejected) {
                running.decrementAndGet();
                return;
            }
        }
    }

    private void drain() {
        long started = System.nanoTime();
        try {
            sentMarks.writeKept();
            List<OutboxMessage> due;
            while (!stopping && !outage.pausing() && System.nanoTime() - started < ROUND_BUDGET_NANOS
                    && !(due = claims.claim(claimSize(), settings.dataEndTimeout())).isEmpty()) {
                send(due);
            }
            rounds.succeeded();
        } catch (RuntimeException e) {
            rounds.failed(e);
        } finally {
            running.decrementAndGet();
        }
    }

    /** Never claim more than can be sent well within the lease at the configured rate. */
    private int claimSize() {
        long sendableInHalfALease = (long) (ratePerSecond * leaseSeconds / 2 / Math.max(1, senders));
        return (int) Math.max(1, Math.min(batchSize, sendableInHalfALease));
    }

    private void send(List<OutboxMessage> due) {
        MailConnection connection = null;
        try {
            for (int i = 0; i < due.size(); i++) {
                if (UpdateOutbox.KIND.equals(due.get(i).getKind())) {
                    // Before the rate limit's slot, so a sender that waited cannot send in a slot gone by.
                    visitors.giveWay();
                }
                // Waited first, so the session is checked as it is when the message goes.
                pace.await();
                if (stopping) {
                    claims.release(due.subList(i, due.size()));
                    return;
                }
                if (connection == null || !connection.isUsable()) {
                    closeQuietly(connection);
                    try {
                        connection = open();
                        outage.connected();
                    } catch (MessagingException | RuntimeException cannotConnect) {
                        pauseAfter(cannotConnect, due.subList(i, due.size()));
                        return;
                    }
                }
                OutboxMessage message = due.get(i);
                if (!holds(due.subList(i, due.size()))
                        || BatchCreator.KIND.equals(message.getKind()) && !claims.markSending(message)) {
                    continue; // Its lease ran out and another sender has it now.
                }
                Optional<SmtpFailure> failed = sendOne(connection, message);
                if (failed.isEmpty()) {
                    sentMarks.accepted(message.getId());
                } else if (failed.get().serviceUnavailable()) {
                    // Met on a new session too: every other message would only meet it again.
                    postpone(due.subList(i + 1, due.size()), failed.get());
                    return;
                }
            }
        } finally {
            closeQuietly(connection);
        }
    }

    /**
     * Whether this sender still holds the first of these messages; once less than half a lease
     * and one slow send is left (a server slow to answer), the lease on all of them is renewed first.
     */
    private boolean holds(List<OutboxMessage> unsent) {
        Instant until = unsent.get(0).getClaimedUntil();
        if (until != null && clock.instant().plusSeconds(leaseSeconds / 2).plus(settings.dataEndTimeout()).isAfter(until)) {
            claims.renew(unsent, settings.dataEndTimeout());
        }
        return unsent.get(0).getClaimedUntil() != null;
    }

    /** Sends one message; the failure, already recorded on the message, if it did not go. */
    private Optional<SmtpFailure> sendOne(MailConnection connection, OutboxMessage message) {
        try {
            // Supporters' addresses are stored encrypted; officials' are public and stored as they are.
            connection.send(MimeMessages.of(message.getMessageId(), bodies.open(message.getContent()),
                    cipher.decrypt(message.getRecipient()), message.getReplyTo(), message.getListUnsubscribe(),
                    settings.session(), settings.sender()));
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            SmtpFailure failure = SmtpFailure.of(e);
            if (SmtpFailure.maybeDelivered(e)) {
                claims.markMaybeDelivered(message, failure);
                LOG.warning(() -> "Mail " + message.getId() + " may have been delivered, not sent again at once: " + failure.reply());
                return Optional.of(failure);
            }
            claims.markFailed(message, failure);
            LOG.warning(() -> "Mail " + message.getId() + (failure.permanent() ? " refused for good: " : " will be retried: ")
                    + failure.reply());
            return Optional.of(failure);
        }
    }

    /**
     * The server cannot be reached: none of these mails was tried, so they go back as they were,
     * and this node's senders wait before trying the server again.
     */
    private void pauseAfter(Exception cannotConnect, List<OutboxMessage> untried) {
        SmtpFailure failure = SmtpFailure.of(cannotConnect);
        claims.releaseUnreachable(untried, failure);
        Duration pause = outage.connectionFailed();
        LOG.warning(() -> "Mail server unreachable, sending paused for " + pause.toMillis() + " ms: " + failure.reply());
    }

    /** The server closed its service, on a new session too: these wait for their next attempt. */
    private void postpone(List<OutboxMessage> unsent, SmtpFailure failure) {
        if (unsent.isEmpty()) {
            return;
        }
        LOG.warning(() -> "Mail server unavailable, " + unsent.size() + " mails will be retried: " + failure.reply());
        SmtpFailure temporary = new SmtpFailure(false, failure.reply());
        unsent.forEach(message -> claims.markFailed(message, temporary));
    }

    private MailConnection open() throws MessagingException {
        return settings.usesSmtp() ? SmtpConnection.open(settings) : new OutboxFolderConnection(settings.outboxFolder());
    }

    private static void closeQuietly(MailConnection connection) {
        if (connection != null) {
            connection.close();
        }
    }
}
