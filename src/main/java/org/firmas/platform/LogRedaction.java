package org.firmas.platform;

import java.util.regex.Pattern;

/** Strips email addresses from text bound for a log: server replies often quote the recipient. */
public final class LogRedaction {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;:]+");

    private LogRedaction() {
    }

    public static String redact(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("<address>");
    }
}
