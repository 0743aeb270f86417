package org.firmas.delivery.control;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;

/**
 * Renders every mail from its two Mustache templates, {@code org/firmas/delivery/mail/<kind>.txt}
 * and {@code .html}, filled from one map of values; the sentences come from the message bundle, so
 * each exists once for all kinds and the templates hold only the layout. {@code {{name}}} is
 * escaped in the HTML body, {@code {{{name}}}} is HTML made safe before it got here (a campaign's
 * sanitized petition). A mark no value fills, or a value no mark uses, is a mistake caught by the
 * first mail of its kind rather than a gap in every one.
 */
final class MailRenderer {

    /** The two bodies of one mail. */
    record Bodies(String text, String html) {
    }

    private static final String FOLDER = "/org/firmas/delivery/mail/";
    private static final MustacheFactory TEXT = factory(false);
    private static final MustacheFactory HTML = factory(true);

    private final String kind;
    private final Mustache text;
    private final Mustache html;
    private final Set<String> names = new TreeSet<>();

    private MailRenderer(String kind) {
        this.kind = kind;
        this.text = TEXT.compile(new StringReader(load(kind + ".txt")), kind + ".txt");
        this.html = HTML.compile(new StringReader(load(kind + ".html")), kind + ".html");
        collectNames(text.getCodes());
        collectNames(html.getCodes());
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
        return new Bodies(execute(text, values), execute(html, values));
    }

    private String execute(Mustache template, Map<String, ?> values) {
        StringWriter out = new StringWriter();
        try {
            template.execute(out, values).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Mail template " + kind + ": " + rootMessage(e), e);
        }
        return out.toString();
    }

    private void collectNames(Code[] codes) {
        for (Code code : codes) {
            if (code.getName() != null && !code.getName().equals(".")) {
                names.add(code.getName());
            }
            if (code.getCodes() != null) {
                collectNames(code.getCodes());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** HTML escaped as the rest of Firmas escapes it; text written as given. */
    private static MustacheFactory factory(boolean escapeHtml) {
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(escapeHtml ? Entities.escape(value) : value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        factory.setObjectHandler(new ReflectionObjectHandler() {
            @Override
            protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
                throw new IllegalStateException("a slot nothing fills: " + name);
            }
        });
        return factory;
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
