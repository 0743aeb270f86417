package org.firmas.platform;

import java.util.regex.Pattern;

/**
 * Strips email addresses from text that is logged or stored: server replies often quote the
 * recipient. An apostrophe may sit inside a local part ({@code o'brien@}) but not begin one, so a
 * quoted address loses its address and keeps its quotes. The migration that cleaned replies
 * stored before this existed uses the same pattern.
 */
public final class LogRedaction {

    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s<>\"'(),;:\\[\\]][^\\s<>\"(),;:\\[\\]]*@[^\\s<>\"'(),;:\\[\\]]+");

    private LogRedaction() {
    }

    public static String redact(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("<address>");
    }
}
