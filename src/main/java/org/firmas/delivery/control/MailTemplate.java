package org.firmas.delivery.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail body kept as a file beside the code ({@code org/firmas/delivery/<name>}), with
 * {@code {{slot}}} marks the composer fills. The composer escapes what goes into HTML; a slot it
 * forgets, or one the file does not have, is a mistake caught by the first mail of that kind.
 */
final class MailTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final String name;
    private final String source;

    private MailTemplate(String name, String source) {
        this.name = name;
        this.source = source;
    }

    static MailTemplate load(String name) {
        try (InputStream in = MailTemplate.class.getResourceAsStream("/org/firmas/delivery/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No mail template " + name);
            }
            return new MailTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fill(Map<String, String> values) {
        Matcher slot = SLOT.matcher(source);
        StringBuilder filled = new StringBuilder(source.length() * 2);
        Set<String> unused = new HashSet<>(values.keySet());
        while (slot.find()) {
            String value = values.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("Mail template " + name + " has a slot nothing fills: " + slot.group(1));
            }
            slot.appendReplacement(filled, Matcher.quoteReplacement(value));
            unused.remove(slot.group(1));
        }
        slot.appendTail(filled);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("Mail template " + name + " has no slot for " + unused);
        }
        return filled.toString();
    }
}
