package org.firmas.campaign.control;

import java.util.Comparator;
import java.util.List;
import org.firmas.campaign.entity.FileProblem;

/**
 * A campaign file that cannot be served, with the place to fix it: the first mistake (by line),
 * and in {@link #mistakes()} every one found.
 */
public class CampaignFileException extends Exception {

    private final String file;
    private final int line;
    private final String field;
    private final FileProblem problem;
    private final List<CampaignFileException> mistakes;

    public CampaignFileException(String file, int line, String field, FileProblem.Kind kind, Object... arguments) {
        this(file, line, field, FileProblem.of(kind, arguments));
    }

    public CampaignFileException(String file, int line, String field, FileProblem problem) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem.english());
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.mistakes = List.of(this);
    }

    private CampaignFileException(CampaignFileException first, List<CampaignFileException> all) {
        super(first.getMessage() + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : ""));
        this.file = first.file;
        this.line = first.line;
        this.field = first.field;
        this.problem = first.problem;
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

    /** What is wrong, to be worded in a language; {@link #getMessage()} words it in English with its place. */
    public FileProblem problem() {
        return problem;
    }
}
