package org.firmas.organizer.boundary;

import java.util.Map;
import org.firmas.campaign.entity.BrokenCampaignFile;

/** A mistake of a campaign file as one line for the organizer: where, then what, in their language where the bundle has words for it. */
final class FileMistakeText {

    /** The kinds of mistake the bundle words; the others are shown as the parser words them. */
    private static final Map<String, String> WORDED = Map.of(
            "INVISIBLE_CHARACTER", "organize.file.invisible",
            "LINE_BREAK", "organize.file.lineBreak",
            "NESTED_TOO_DEEP", "organize.file.tooDeep",
            "TOO_LARGE", "organize.file.tooLarge");

    private FileMistakeText() {
    }

    static String of(BrokenCampaignFile.Mistake mistake, ConsoleText text) {
        String key = WORDED.get(mistake.kind());
        String problem = key == null ? mistake.problem() : text.format(key, mistake.detail());
        return mistake.field().isEmpty()
                ? text.format("organize.list.mistakeInFile", mistake.line(), problem)
                : text.format("organize.list.mistake", mistake.line(), mistake.field(), problem);
    }
}
