package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.signature.boundary.SignatureReports;
import org.firmas.signature.entity.SourceFigures;

/**
 * The dashboard's table of where signatures came from: each partner by name, each share channel
 * and the embed by its key, and those that came with no source.
 */
@Named
@RequestScoped
public class DashboardSources {

    /** One source; {@code partner} is its partner's name, null for a channel, the embed or none. */
    public record Row(String source, String partner, long signatures, long confirmed, long partnerOptIns) {
    }

    @Inject
    CampaignAccess access;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    SignatureReports reports;

    private List<Row> rows;

    public List<Row> of(Long campaignId) {
        if (rows == null) {
            StoredCampaign row = access.require(campaignId);
            CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
            rows = reports.bySource(row.id()).stream().map(figures -> row(figures, definition)).toList();
        }
        return rows;
    }

    private static Row row(SourceFigures figures, CampaignDefinition definition) {
        Partner partner = definition == null || figures.source() == null ? null : definition.partner(figures.source());
        return new Row(figures.source(), partner == null ? null : partner.name(), figures.signatures(), figures.confirmed(),
                figures.partnerOptIns());
    }
}
