package org.firmas.platform;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps every log record of Firmas, and of the server's request handling, on one line: a CR, LF
 * or other control character in a message or its arguments (a form field, an SMTP reply) is
 * written as an escape, so text a visitor sent cannot start a line that looks like a record of
 * its own. It also turns the server's 30-line stack trace for an address with a malformed percent
 * escape (Payara issue 8000) into one line that quotes nothing of the address.
 */
final class LogLineFilter implements Filter {

    /** Loggers whose messages can quote what a request carried; Payara's own boot messages keep their layout. */
    private static final List<String> GUARDED = List.of("org.firmas", "org.glassfish.grizzly", "jakarta.enterprise.web",
            "jakarta.enterprise.resource.webcontainer");

    private final Filter previous;

    LogLineFilter(Filter previous) {
        this.previous = previous;
    }

    Filter previous() {
        return previous;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (previous != null && !previous.isLoggable(record)) {
            return false;
        }
        String logger = record.getLoggerName();
        if (logger != null && GUARDED.stream().anyMatch(logger::startsWith)) {
            condenseMalformedAddress(record);
            escape(record);
        }
        return true;
    }

    private static void condenseMalformedAddress(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown instanceof IllegalArgumentException && thrown.getMessage() != null
                && thrown.getMessage().startsWith("URLDecoder:")) {
            record.setThrown(null);
            record.setLevel(Level.INFO);
            record.setResourceBundle(null);
            record.setParameters(null);
            record.setMessage("Refused a request with a malformed percent escape in its address");
        }
    }

    private static void escape(LogRecord record) {
        record.setMessage(escape(record.getMessage()));
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            Object[] escaped = parameters.clone();
            for (int i = 0; i < escaped.length; i++) {
                if (escaped[i] instanceof CharSequence text) {
                    escaped[i] = escape(text.toString());
                }
            }
            record.setParameters(escaped);
        }
    }

    /** Control characters and line separators as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}. */
    static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(LogLineFilter::breaksLines)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (breaksLines(c)) {
                        escaped.append(String.format("\\u%04X", c));
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean breaksLines(int c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }
}
