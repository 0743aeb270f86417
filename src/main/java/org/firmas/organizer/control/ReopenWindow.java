package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.boundary.ConsoleCampaignRows;

/**
 * How long a finished campaign can be opened again: until its signers' personal data is erased,
 * {@code FIRMAS_RETENTION_DAYS} after it stopped taking signatures. Past that the signers could not
 * be told apart from new ones, confirmed or withdrawn, so the campaign stays finished.
 */
@ApplicationScoped
public class ReopenWindow {

    /** Where a finished campaign stands: still reopenable (until when, if its closing is noted yet), or not. */
    public sealed interface State {
        record Open(Optional<Instant> until) implements State {
        }

        record Erased(int retentionDays) implements State {
        }
    }

    @Inject
    @ConfigProperty(name = "firmas.retention.days")
    int retentionDays;

    @Inject
    Clock clock;

    @Inject
    ConsoleCampaignRows rows;

    public State of(long campaignId) {
        Optional<Instant> closedAt = rows.closedAt(campaignId);
        if (closedAt.isPresent() && closedAt.get().isBefore(cutoff())) {
            return new State.Erased(retentionDays);
        }
        return new State.Open(closedAt.map(closed -> closed.plus(Duration.ofDays(retentionDays))));
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** Campaigns that stopped taking signatures before this instant have had, or are about to have, their data erased. */
    public Instant cutoff() {
        return clock.instant().minus(Duration.ofDays(retentionDays));
    }
}
