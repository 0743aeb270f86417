package org.firmas.delivery.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Renders every mail from its two templates, {@code org/firmas/delivery/mail/<kind>.txt} and
 * {@code .html}, filled from one set of values; the sentences come from the message bundle, so
 * each exists once for all kinds and the templates hold only the layout.
 * <ul>
 * <li>{@code {{name}}} is a value, escaped in the HTML template; {@code {{.}}} is the entry at hand.</li>
 * <li>{@code {{{name}}}} is HTML made safe before it got here (a campaign's sanitized petition).</li>
 * <li>{@code {{#name}}…{{/name}}} is written for each entry of a list, once for any other value
 * (a map's values can then be named inside), and not at all for null, false or an empty list;
 * {@code {{^name}}…{{/name}}} the other way round. Such a mark alone on its line takes the line with it.</li>
 * </ul>
 * A mark no value fills, or a value no mark uses, is a mistake caught by the first mail of its kind.
 */
final class MailRenderer {

    /** The two bodies of one mail. */
    record Bodies(String text, String html) {
    }

    private static final Pattern MARK = Pattern.compile("(^[ \\t]*)?\\{\\{(\\{?)([#^/]?)\\s*([a-zA-Z.]+)\\s*}}(}?)([ \\t]*(?:\\R|\\z))?",
            Pattern.MULTILINE);
    private static final String FOLDER = "/org/firmas/delivery/mail/";

    private final String kind;
    private final List<Node> text;
    private final List<Node> html;
    private final Set<String> names = new HashSet<>();

    private MailRenderer(String kind) {
        this.kind = kind;
        this.text = parse(load(kind + ".txt"));
        this.html = parse(load(kind + ".html"));
    }

    static MailRenderer of(String kind) {
        return new MailRenderer(kind);
    }

    Bodies render(Map<String, ?> values) {
        Set<String> unused = new TreeSet<>(values.keySet());
        unused.removeAll(names);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("Mail template " + kind + " has no slot for " + unused);
        }
        Deque<Object> scope = new ArrayDeque<>();
        scope.push(values);
        StringBuilder textOut = new StringBuilder();
        StringBuilder htmlOut = new StringBuilder();
        write(text, scope, false, textOut);
        write(html, scope, true, htmlOut);
        return new Bodies(textOut.toString(), htmlOut.toString());
    }

    private sealed interface Node permits Literal, Value, Section {
    }

    private record Literal(String text) implements Node {
    }

    private record Value(String name, boolean safeHtml) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> body) implements Node {
    }

    private void write(List<Node> nodes, Deque<Object> scope, boolean escape, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Literal literal) {
                out.append(literal.text());
            } else if (node instanceof Value value) {
                String filled = String.valueOf(lookUp(value.name(), scope));
                out.append(escape && !value.safeHtml() ? Entities.escape(filled) : filled);
            } else if (node instanceof Section section) {
                Object value = lookUp(section.name(), scope);
                List<?> entries = value instanceof List<?> list ? list
                        : value == null || Boolean.FALSE.equals(value) ? List.of() : List.of(value);
                if (section.inverted()) {
                    if (entries.isEmpty()) {
                        write(section.body(), scope, escape, out);
                    }
                    continue;
                }
                for (Object entry : entries) {
                    scope.push(entry);
                    write(section.body(), scope, escape, out);
                    scope.pop();
                }
            }
        }
    }

    /** The innermost entry that has the name; a map may hold it as null (an empty section). */
    private Object lookUp(String name, Deque<Object> scope) {
        if (name.equals(".")) {
            return scope.peek();
        }
        for (Object entry : scope) {
            if (entry instanceof Map<?, ?> map && map.containsKey(name)) {
                return map.get(name);
            }
        }
        throw new IllegalStateException("Mail template " + kind + " has a slot nothing fills: " + name);
    }

    private List<Node> parse(String source) {
        Deque<List<Node>> open = new ArrayDeque<>();
        Deque<Section> sections = new ArrayDeque<>();
        open.push(new ArrayList<>());
        Matcher mark = MARK.matcher(source);
        int from = 0;
        while (mark.find()) {
            String sigil = mark.group(3);
            String name = mark.group(4);
            boolean standalone = !sigil.isEmpty() && mark.group(1) != null && mark.group(6) != null;
            int end = standalone ? mark.end() : mark.end(5);
            int start = standalone ? mark.start() : mark.start(2) - 2;
            open.peek().add(new Literal(source.substring(from, start)));
            from = end;
            names.add(name);
            switch (sigil) {
                case "#", "^" -> {
                    Section section = new Section(name, sigil.equals("^"), new ArrayList<>());
                    open.peek().add(section);
                    sections.push(section);
                    open.push(section.body());
                }
                case "/" -> {
                    if (sections.isEmpty() || !sections.peek().name().equals(name)) {
                        throw new IllegalStateException("Mail template " + kind + " closes " + name + " where it is not open");
                    }
                    sections.pop();
                    open.pop();
                }
                default -> open.peek().add(new Value(name, mark.group(2).equals("{") && mark.group(5).equals("}")));
            }
        }
        if (!sections.isEmpty()) {
            throw new IllegalStateException("Mail template " + kind + " leaves " + sections.peek().name() + " open");
        }
        open.peek().add(new Literal(source.substring(from)));
        return open.peek();
    }

    private static String load(String name) {
        try (InputStream in = MailRenderer.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("No mail template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
