package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.SocketTimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.platform.LogRedaction;

/**
 * Tells a refusal that will never change (a 5xx reply about the recipient or the message) from one
 * worth retrying (4xx, a refusal of the sender, a refused connection, a timeout), reading the SMTP
 * reply in the exception chain. The reply is kept without any address in it, as it is logged and
 * stored beside a recipient that is itself stored encrypted.
 */
record SmtpFailure(boolean permanent, String reply) {

    private static final Pattern REPLY = Pattern.compile("(?s)^\\s*([45])\\d\\d[ -].*");

    SmtpFailure {
        // Redacted before it is shortened, so no address is cut where the pattern would miss it.
        reply = trimmed(LogRedaction.redact(reply));
    }

    static SmtpFailure of(Exception failure) {
        Throwable cause = failure;
        while (cause != null) {
            String message = cause.getMessage();
            if (message != null) {
                Matcher reply = REPLY.matcher(message);
                if (reply.matches()) {
                    boolean aboutThisMessage = failure instanceof SendFailedException && !refusedSender(failure);
                    return new SmtpFailure("5".equals(reply.group(1)) && aboutThisMessage, message);
                }
            }
            cause = next(cause);
        }
        return new SmtpFailure(false, describe(failure));
    }

    /**
     * A 5xx to MAIL FROM (sender not allowed, authentication needed) refuses every message alike
     * until the settings are mended, so it must not dead-letter the one that met it. Jakarta Mail
     * reports it as a send failure like a refused recipient; only its SMTP provider's exception
     * names the command, which is read by name, as the provider's classes are the server's own.
     */
    private static boolean refusedSender(Exception failure) {
        try {
            Object command = failure.getClass().getMethod("getCommand").invoke(failure);
            return command instanceof String text && text.regionMatches(true, 0, "MAIL FROM", 0, 9);
        } catch (ReflectiveOperationException | RuntimeException noCommand) {
            return false;
        }
    }

    /**
     * Whether the server closed the session with a 421 (RFC 5321: service not available): a
     * provider's throttle or a server going down, which the next message would meet as well.
     */
    boolean serviceUnavailable() {
        return reply.startsWith("421");
    }

    /** Whether the server did not answer in time: it may be slow, not gone. */
    static boolean timedOut(Exception failure) {
        return causedBy(failure, SocketTimeoutException.class);
    }

    /** Whether the message's data went and the reply to it was lost: the server may have queued it. */
    static boolean maybeDelivered(Exception failure) {
        return causedBy(failure, PatientSmtpTransport.MaybeDelivered.class);
    }

    private static boolean causedBy(Exception failure, Class<? extends Exception> type) {
        // Bounded: nothing stops an exception chain from looping back on itself.
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = next(cause)) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
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

    private static String trimmed(String text) {
        String single = text.replaceAll("\\s+", " ").strip();
        return single.length() > 900 ? single.substring(0, 900) : single;
    }
}
