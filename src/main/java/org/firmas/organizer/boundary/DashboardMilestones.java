package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Milestone;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.milestone.boundary.MilestonesReached;
import org.firmas.milestone.entity.ReachedMilestone;

/**
 * The dashboard's list of a campaign's milestones: each count its definition declares, and when
 * it was reached (a milestone dropped from the definition after it was reached still shows).
 */
@Named
@RequestScoped
public class DashboardMilestones {

    /** One milestone; {@code reachedAt} is null while it is ahead. */
    public record Row(long signatures, Instant reachedAt) {

        public boolean reached() {
            return reachedAt != null;
        }
    }

    @Inject
    CampaignAccess access;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    MilestonesReached reached;

    private List<Row> rows;

    public List<Row> of(Long campaignId) {
        if (rows == null) {
            StoredCampaign row = access.require(campaignId);
            List<Milestone> declared = campaigns.definitionOf(row).map(CampaignDefinition::milestones).orElse(List.of());
            Map<Long, Instant> when = reached.of(row.id()).stream()
                    .collect(Collectors.toMap(ReachedMilestone::signatures, ReachedMilestone::reachedAt));
            rows = Stream.concat(declared.stream().map(Milestone::signatures), when.keySet().stream())
                    .distinct().sorted()
                    .map(signatures -> new Row(signatures, when.get(signatures)))
                    .toList();
        }
        return rows;
    }
}
