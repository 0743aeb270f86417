package org.firmas.organizer.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded campaign starts as a draft, whatever its file says, so it is previewed and published
 * like one made in the console instead of going live with the click that uploaded it. The file's
 * {@code status:} line (a top-level key, so at the start of a line) is replaced; a file without one
 * gets one.
 */
public final class UploadedStatus {

    private static final Pattern STATUS_LINE = Pattern.compile("^status[ \\t]*:[^\\r\\n]*", Pattern.MULTILINE);

    private UploadedStatus() {
    }

    public static String asDraft(String yaml) {
        Matcher status = STATUS_LINE.matcher(yaml);
        return status.find() ? status.replaceAll("status: draft") : "status: draft\n" + yaml;
    }
}
