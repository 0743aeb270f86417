package org.firmas.campaign.entity;

/** Where a campaign stands. Only {@link #OPEN} campaigns take signatures; drafts are not public. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED, WON;

    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean takesSignatures() {
        return this == OPEN;
    }

    public boolean isFinished() {
        return this == CLOSED || this == WON;
    }
}
