package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.util.List;
import org.firmas.paper.entity.Duplicate;
import org.firmas.paper.entity.PaperImportOutcome;
import org.firmas.paper.entity.PaperImportPreview;
import org.firmas.paper.entity.RowProblem;

/**
 * A checked file as the paper page shows it, in the organizer's language: how many signatures it
 * would add, the rows left out as already signed, every bad row as "Line 17, ZIP: …", or why the
 * file as a whole was refused. Only sentences and counts: no signer's data is kept between requests.
 */
public record PaperPreviewText(String refusal, String sha256, int toImport, List<String> duplicates, List<String> problems,
                               boolean phonesKept) implements Serializable {

    public PaperPreviewText {
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
    }

    static PaperPreviewText of(PaperImportOutcome outcome, ConsoleText text) {
        if (outcome instanceof PaperImportOutcome.Checked checked) {
            PaperImportPreview preview = checked.preview();
            return new PaperPreviewText(preview.toImport().isEmpty() && preview.problems().isEmpty()
                    ? text.get("organize.paper.nothingNew") : null, preview.sha256(), preview.toImport().size(),
                    preview.duplicates().stream().map(duplicate -> duplicate(duplicate, text)).toList(),
                    preview.problems().stream().map(problem -> problem(problem, text)).toList(), preview.phonesKept());
        }
        return new PaperPreviewText(refusal(outcome, text), null, 0, List.of(), List.of(), false);
    }

    static String problem(RowProblem problem, ConsoleText text) {
        return text.format("organize.paper.badRow", problem.line(), text.get(problem.column().labelKey()),
                text.format(problem.key(), problem.arguments().toArray()));
    }

    private static String duplicate(Duplicate duplicate, ConsoleText text) {
        return duplicate.inThisFile() ? text.format("organize.paper.duplicateInFile", duplicate.line(), duplicate.sameAsLine())
                : text.format("organize.paper.duplicateSigned", duplicate.line());
    }

    private static String refusal(PaperImportOutcome outcome, ConsoleText text) {
        if (outcome instanceof PaperImportOutcome.Refused refused) {
            return text.format(refused.key(), refused.arguments().toArray());
        }
        if (outcome instanceof PaperImportOutcome.AlreadyImported already) {
            return text.format("organize.paper.alreadyImported", org.firmas.organizer.control.ReadableTime.text(already.at(), ConsoleTime.ZONE, text.locale()));
        }
        if (outcome instanceof PaperImportOutcome.FileChanged) {
            return text.get("organize.paper.fileChanged");
        }
        return text.get("organize.paper.notOpen");
    }

    public boolean importable() {
        return refusal == null && problems.isEmpty() && toImport > 0;
    }
}
