package org.firmas.milestone.entity;

import java.time.Instant;

/** A milestone a campaign reached, and when it was first noticed. */
public record ReachedMilestone(long campaignId, long signatures, Instant reachedAt) {
}
