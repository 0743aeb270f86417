package org.firmas.campaign.entity;

/**
 * An organizer moved a console campaign from one status to another (published, closed, marked
 * won), fired once the change is saved: a victory, for one, prepares an update for supporters.
 */
public record CampaignStatusChanged(long campaignId, CampaignStatus from, CampaignStatus to) {
}
