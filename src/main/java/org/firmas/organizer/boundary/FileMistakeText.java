package org.firmas.organizer.boundary;

import org.firmas.campaign.entity.BrokenCampaignFile;

/** A mistake of a campaign file as one line for the organizer: where, then what, in their language. */
final class FileMistakeText {

    private FileMistakeText() {
    }

    static String of(BrokenCampaignFile.Mistake mistake, ConsoleText text) {
        String problem = text.problem(mistake.problem());
        return mistake.field().isEmpty()
                ? text.format("organize.list.mistakeInFile", mistake.line(), problem)
                : text.format("organize.list.mistake", mistake.line(), mistake.field(), problem);
    }
}
