package org.firmas.delivery.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Message-IDs derived from what the mail is (a batch and a recipient), never from when it is
 * sent, so every resend of the same mail carries the same id and receivers can tell.
 */
public final class MessageIds {

    private MessageIds() {
    }

    public static String forBatch(long batchId, String recipient, String baseUrl) {
        return "<batch-" + batchId + "-" + digest(recipient.toLowerCase(Locale.ROOT)) + "@" + domain(baseUrl) + ">";
    }

    static String domain(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null || host.isBlank() ? "firmas.invalid" : host;
        } catch (IllegalArgumentException e) {
            return "firmas.invalid";
        }
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
