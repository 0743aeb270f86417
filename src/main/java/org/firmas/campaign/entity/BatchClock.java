package org.firmas.campaign.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * A campaign's delivery clock, read under the row lock that serializes its batches: when it was
 * made, when its last and final batches went out, and the status its stored definition names now
 * (empty for a file campaign, whose definition is not kept in the database).
 */
public record BatchClock(Instant createdAt, Instant lastBatchAt, Instant finalBatchAt, Optional<CampaignStatus> storedStatus) {
}
