package org.firmas.milestone.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.Milestone;
import org.firmas.milestone.entity.MilestoneReached;
import org.firmas.milestone.control.MilestoneLog;
import org.firmas.platform.Messages;
import org.firmas.update.entity.UpdateSuggested;

/**
 * Records that a campaign reached a milestone and, in the same transaction, prepares its message
 * as a supporter update: only the one call that recorded it does, so a surge of signatures on
 * several nodes prepares one draft.
 */
@ApplicationScoped
public class MilestoneRecorder {

    @Inject
    MilestoneLog log;

    @Inject
    Event<UpdateSuggested> updates;

    @Inject
    Event<MilestoneReached> reachedEvents;

    @Inject
    Clock clock;

    /** True when this call recorded it; false when it was recorded before. */
    @Transactional
    public boolean reached(Campaign campaign, Milestone milestone) {
        Instant now = clock.instant();
        boolean recorded = log.record(campaign.id(), milestone.signatures(), now);
        if (recorded) {
            reachedEvents.fire(new MilestoneReached(campaign.id(), milestone.signatures(), now));
        }
        if (recorded && milestone.hasMessage()) {
            updates.fire(new UpdateSuggested(campaign.id(), "milestone:" + milestone.signatures(),
                    subjects(campaign, milestone), milestone.messages()));
        }
        return recorded;
    }

    /** "Shut down Berks: 1,000 signatures", in each language the message is written in. */
    private static Map<String, String> subjects(Campaign campaign, Milestone milestone) {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (String language : milestone.messages().keySet()) {
            Locale locale = Locale.forLanguageTag(language);
            subjects.put(language, Messages.format(locale, "milestone.update.subject",
                    campaign.definition().texts(locale).title(), milestone.signatures()));
        }
        return subjects;
    }
}
