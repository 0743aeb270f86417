package org.firmas.campaign.tool;

import java.nio.file.Path;
import java.util.Locale;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.entity.FileProblem;
import org.firmas.platform.Messages;

/** One problem in a campaign folder: the file, its one-based line, the dotted field (empty for the whole file), what is wrong. */
record Finding(String file, int line, String field, FileProblem problem) {

    static Finding of(CampaignFileException mistake) {
        return new Finding(mistake.file(), mistake.line(), mistake.field(), mistake.problem());
    }

    /**
     * {@code file:line: field: message}, the way compilers write it so editors can jump there; the
     * message in the console's words for the language.
     */
    String text(Path folder, Locale locale) {
        String message = Messages.format(locale, problem.kind().consoleKey(), problem.argumentsIn(locale));
        return folder.resolve(file).normalize() + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
