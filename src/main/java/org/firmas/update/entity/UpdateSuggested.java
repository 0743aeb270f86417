package org.firmas.update.entity;

import java.util.Map;

/**
 * An update another part of Firmas prepares for a campaign's organizers to review (a milestone
 * reached, an official's response, a victory). Nothing is sent because of it: it becomes a draft
 * that an organizer edits, approves and sends. Subjects and bodies (Markdown) are keyed by
 * language code ({@code en}, {@code es}, {@code pt}...), in any of the site's languages; {@code origin} says what prepared it, in a few words
 * that are no personal data, e.g. {@code milestone:1000}, so the same cause prepares one draft.
 */
public record UpdateSuggested(long campaignId, String origin, Map<String, String> subjects, Map<String, String> bodies) {

    public UpdateSuggested {
        subjects = Map.copyOf(subjects);
        bodies = Map.copyOf(bodies);
    }
}
