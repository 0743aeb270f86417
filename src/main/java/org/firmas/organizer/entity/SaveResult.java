package org.firmas.organizer.entity;

import java.util.Optional;
import org.firmas.campaign.entity.Campaign;

/** What saving a console campaign came to. */
public sealed interface SaveResult {

    record Saved(Campaign campaign) implements SaveResult {
    }

    /**
     * The text breaks a rule of the campaign format: where, and what. A problem the console can
     * word in the organizer's language also has its message key, with the detail it needs.
     */
    record Invalid(int line, String field, String problem, Optional<String> messageKey, String detail) implements SaveResult {
    }

    /** Another campaign, from a file or the console, already has this address. */
    record SlugTaken(String slug) implements SaveResult {
    }

    /** File campaigns are changed by editing their file. */
    record FileManaged() implements SaveResult {
    }
}
