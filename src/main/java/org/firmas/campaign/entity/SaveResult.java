package org.firmas.campaign.entity;

import java.util.List;

/** What saving a console campaign came to. */
public sealed interface SaveResult {

    record Saved(Campaign campaign) implements SaveResult {
    }

    /**
     * The text breaks a rule of the campaign format: where, and what, to be worded in the
     * organizer's language. The file's other mistakes, if it has more than one, follow in
     * {@code more}.
     */
    record Invalid(int line, String field, FileProblem problem, List<Invalid> more)
            implements SaveResult {

        /** This mistake and the ones after it, in the order of their lines. */
        public List<Invalid> all() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(this), more.stream()).toList();
        }
    }

    /** Another campaign, from a file or the console, already has this address. */
    record SlugTaken(String slug) implements SaveResult {
    }

    /** File campaigns are changed by editing their file. */
    record FileManaged() implements SaveResult {
    }
}
