package org.firmas.campaign.control;

import java.util.Comparator;
import java.util.List;

/**
 * A campaign file that cannot be served, with the place to fix it: the first mistake (by line),
 * and in {@link #mistakes()} every one found.
 */
public class CampaignFileException extends Exception {

    /**
     * Problems the console words in the organizer's language, with {@link #detail()} as the one
     * thing it needs to say; every OTHER problem is shown as the parser words it.
     */
    public enum Kind {
        OTHER,
        /** The detail names the character, as U+202E. */
        INVISIBLE_CHARACTER,
        LINE_BREAK,
        /** The detail is the deepest nesting allowed. */
        NESTED_TOO_DEEP,
        /** The detail is the most characters a file may have. */
        TOO_LARGE
    }

    private final String file;
    private final int line;
    private final String field;
    private final String problem;
    private final Kind kind;
    private final String detail;
    private final List<CampaignFileException> mistakes;

    public CampaignFileException(String file, int line, String field, String problem) {
        this(file, line, field, problem, Kind.OTHER, "");
    }

    public CampaignFileException(String file, int line, String field, String problem, Kind kind, String detail) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.kind = kind;
        this.detail = detail;
        this.mistakes = List.of(this);
    }

    private CampaignFileException(CampaignFileException first, List<CampaignFileException> all) {
        super(first.getMessage() + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : ""));
        this.file = first.file;
        this.line = first.line;
        this.field = first.field;
        this.problem = first.problem;
        this.kind = first.kind;
        this.detail = first.detail;
        this.mistakes = all;
    }

    /** Several mistakes of one file as one failure, the earliest line first. */
    static CampaignFileException of(List<CampaignFileException> found) {
        List<CampaignFileException> sorted = found.stream()
                .sorted(Comparator.comparingInt(CampaignFileException::line)).toList();
        return sorted.size() == 1 ? sorted.get(0) : new CampaignFileException(sorted.get(0), sorted);
    }

    /** Every mistake found in the file, each with its own line and field; this one alone if it is the only one. */
    public List<CampaignFileException> mistakes() {
        return mistakes;
    }

    public String file() {
        return file;
    }

    /** One-based line number. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
