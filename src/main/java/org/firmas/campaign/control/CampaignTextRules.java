package org.firmas.campaign.control;

import java.util.Locale;
import java.util.Optional;
import org.firmas.campaign.entity.FileProblem;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.platform.PlainTextValidator;

/**
 * The console's text rules ({@link PlainTextValidator}) as every campaign meets them, from the
 * folder, an upload or the edit form. Values are judged once decoded, so a YAML escape such as
 * {@code "\u202E"} or {@code "\r\n"} counts as the character it becomes. A problem names the
 * character and never repeats the text, which may be what the log must not show.
 */
final class CampaignTextRules {

    /** A broken rule, waiting for the place it was found. */
    record Breach(FileProblem problem) {

        CampaignFileException at(String file, int line, String field) {
            return new CampaignFileException(file, line, field, problem);
        }

        /** The same rule broken by a field's name, which the place then stops before. */
        Breach inName() {
            Kind inName = problem.kind() == Kind.LINE_BREAK ? Kind.LINE_BREAK_IN_NAME : Kind.INVISIBLE_IN_NAME;
            return new Breach(new FileProblem(inName, problem.arguments()));
        }
    }

    private CampaignTextRules() {
    }

    /** Some editors start UTF-8 files with a byte order mark; it is not part of the text. */
    static String withoutByteOrderMark(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    /** The whole file, comments included: nothing in it may hide what it says. */
    static void checkFile(String file, String content, int maxChars) throws CampaignFileException {
        if (content.length() > maxChars) {
            throw new CampaignFileException(file, 1, "", Kind.TOO_LARGE, maxChars);
        }
        int refused = PlainTextValidator.firstRefused(content, true);
        if (refused >= 0) {
            int line = (int) content.substring(0, refused).chars().filter(c -> c == '\n').count() + 1;
            throw invisible(content.codePointAt(refused)).at(file, line, "");
        }
    }

    /** A title, a name, an area: one line, as the console's one-line fields. */
    static Optional<Breach> inOneLine(String value) {
        int refused = PlainTextValidator.firstRefused(value, false);
        if (refused < 0) {
            return Optional.empty();
        }
        int c = value.codePointAt(refused);
        return Optional.of(c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029
                ? new Breach(FileProblem.of(Kind.LINE_BREAK))
                : invisible(c));
    }

    /** Markdown texts: line breaks and tabs are fine. */
    static Optional<Breach> inParagraphs(String value) {
        int refused = PlainTextValidator.firstRefused(value, true);
        return refused < 0 ? Optional.empty() : Optional.of(invisible(value.codePointAt(refused)));
    }

    private static Breach invisible(int character) {
        return new Breach(FileProblem.of(Kind.INVISIBLE_CHARACTER, String.format(Locale.ROOT, "U+%04X", character)));
    }
}
