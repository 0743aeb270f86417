package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.platform.LogRedaction;

/**
 * Tells a refusal that will never change (a 5xx reply about the recipient) from one worth
 * retrying (4xx, a refused connection, a timeout), reading the SMTP reply in the exception chain.
 */
record SmtpFailure(boolean permanent, String reply) {

    private static final Pattern REPLY = Pattern.compile("(?s)^\\s*([45])\\d\\d[ -].*");

    static SmtpFailure of(Exception failure) {
        Throwable cause = failure;
        while (cause != null) {
            String message = cause.getMessage();
            if (message != null) {
                Matcher reply = REPLY.matcher(message);
                if (reply.matches()) {
                    boolean aboutRecipient = failure instanceof SendFailedException;
                    return new SmtpFailure("5".equals(reply.group(1)) && aboutRecipient, trimmed(message));
                }
            }
            cause = next(cause);
        }
        return new SmtpFailure(false, trimmed(describe(failure)));
    }

    /** The failure and its root cause, so "Exception reading response" says it was a timeout. */
    private static String describe(Exception failure) {
        Throwable root = failure;
        while (next(root) != null && next(root) != root) {
            root = next(root);
        }
        String top = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure ? top : top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static Throwable next(Throwable cause) {
        return cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : cause.getCause();
    }

    /** The reply without any address in it, for the log. */
    String loggable() {
        return LogRedaction.redact(reply);
    }

    private static String trimmed(String text) {
        String single = text.replaceAll("\\s+", " ").strip();
        return single.length() > 900 ? single.substring(0, 900) : single;
    }
}
