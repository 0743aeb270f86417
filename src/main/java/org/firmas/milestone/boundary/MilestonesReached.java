package org.firmas.milestone.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.firmas.milestone.control.MilestoneLog;
import org.firmas.milestone.entity.ReachedMilestone;

/** Which milestones a campaign has reached, and when: for its organizers. */
@ApplicationScoped
public class MilestonesReached {

    @Inject
    MilestoneLog log;

    @Transactional
    public List<ReachedMilestone> of(long campaignId) {
        return log.of(campaignId);
    }
}
