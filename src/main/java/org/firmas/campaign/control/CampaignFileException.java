package org.firmas.campaign.control;

/** A campaign file that cannot be served, with the place to fix it. */
public class CampaignFileException extends Exception {

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    public CampaignFileException(String file, int line, String field, String problem) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
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
}
