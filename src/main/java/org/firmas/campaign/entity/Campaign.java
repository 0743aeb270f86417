package org.firmas.campaign.entity;

/** A live campaign: its database identity and its current definition. */
public record Campaign(long id, CampaignDefinition definition) {

    public String slug() {
        return definition.slug();
    }
}
