package org.firmas.campaign.entity;

import java.time.Duration;

/** A batch goes to the targets every {@code everySignatures} new signatures or every {@code every}, whichever comes first. */
public record DeliveryPolicy(int everySignatures, Duration every, boolean finalBatch) {
}
