package org.firmas.campaign.entity;

/**
 * An organizer moved a console campaign from one status to another (published, closed, marked
 * won), fired in the transaction that saves the change: webhooks queue their delivery in it, and a
 * victory prepares an update for supporters once it has committed.
 */
public record CampaignStatusChanged(long campaignId, CampaignStatus from, CampaignStatus to) {
}
