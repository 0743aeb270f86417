package org.firmas.milestone.entity;

import java.time.Instant;

/** Fired in the transaction that first records a campaign's milestone, once per milestone. */
public record MilestoneReached(long campaignId, long signatures, Instant reachedAt) {
}
