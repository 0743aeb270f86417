package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.firmas.platform.FaultEpisode;

/**
 * Whether signatures are being stored: a failed commit makes this node unfit to take signers for
 * a while, so a load balancer sends them to a node whose commits succeed. Some commits may still
 * pass on a sick node (a disk that is nearly full), so only a pause without failures makes it fit
 * again; the log says when the failures begin and when a commit first succeeds again.
 */
@ApplicationScoped
public class WriteOutcomes {

    private static final Logger LOG = Logger.getLogger(WriteOutcomes.class.getName());
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);

    @Inject
    Clock clock;

    /** When a commit last failed; null if none has. */
    private final AtomicReference<Instant> lastFailure = new AtomicReference<>();
    private final FaultEpisode episode = new FaultEpisode(LOG, "Signatures cannot be stored; signers are asked to try again",
            "Signatures are stored again");

    void failed(RuntimeException failure) {
        lastFailure.set(clock.instant());
        episode.failed(failure);
    }

    void succeeded() {
        episode.succeeded();
    }

    /** False for the pause after a failed commit. */
    public boolean storing() {
        Instant failure = lastFailure.get();
        return failure == null || failure.plus(PAUSE_AFTER_FAILURE).isBefore(clock.instant());
    }
}
