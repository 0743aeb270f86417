package org.firmas.campaign.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the mistakes of one campaign file, so that an organizer fixing it learns them all at
 * once instead of one per save. Each part of the file is checked on its own; a part with a
 * mistake is noted and stands in as empty, and the file fails at the end with every note.
 */
final class Mistakes {

    /** One part of the file to check. */
    @FunctionalInterface
    interface Part<T> {
        T read() throws CampaignFileException;
    }

    private final List<CampaignFileException> found = new ArrayList<>();

    /** The part's value, or the stand-in when it has a mistake (which is noted). */
    <T> T check(Part<T> part, T standIn) {
        try {
            return part.read();
        } catch (CampaignFileException e) {
            found.addAll(e.mistakes());
            return standIn;
        }
    }

    void note(CampaignFileException mistake) {
        found.addAll(mistake.mistakes());
    }

    /** Fails with every mistake noted, in the order of their lines. */
    void throwIfAny() throws CampaignFileException {
        if (!found.isEmpty()) {
            throw CampaignFileException.of(found);
        }
    }
}
