package org.firmas.campaign.entity;

/**
 * A finished campaign was opened again, fired in the transaction that opens it: retention forgets
 * when it closed, and delivery that it has had its final batch, each in its own columns.
 */
public record CampaignReopened(long campaignId) {
}
