package org.firmas.signature.entity;

/** Fired when a campaign's counts may have changed; observers act after commit. */
public record SignaturesChanged(long campaignId) {
}
