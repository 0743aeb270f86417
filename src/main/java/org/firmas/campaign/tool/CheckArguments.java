package org.firmas.campaign.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.firmas.platform.Languages;

/**
 * What the command was asked: the folder, the language of its messages, and for a preview the
 * campaign's slug, the file to write and the site's style sheet to inline.
 */
record CheckArguments(Path folder, Locale locale, String preview, Path out, Path css) {

    /** The languages the message bundles are written in. */
    static final List<String> LANGUAGES = Languages.all();

    /** Where the site's style sheet is in the project, for a command run at its root. */
    private static final Path SITE_CSS = Path.of("src", "main", "webapp", "static", "firmas.css");

    /** Arguments that make no sense, with the sentence that says why. */
    static final class Unusable extends Exception {

        private final transient Object[] arguments;

        Unusable(String key, Object... arguments) {
            super(key);
            this.arguments = arguments;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    boolean previews() {
        return preview != null;
    }

    /** The language asked for, if any, even when the rest is unusable: the complaint is then said in it. */
    static Locale localeOf(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang") && LANGUAGES.contains(args[i + 1])) {
                return Locale.forLanguageTag(args[i + 1]);
            }
        }
        return Locale.ENGLISH;
    }

    static CheckArguments parse(String[] args) throws Unusable {
        Path folder = null;
        String preview = null;
        Path out = null;
        Path css = SITE_CSS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--lang" -> {
                    String language = value(args, ++i);
                    if (!LANGUAGES.contains(language)) {
                        throw new Unusable("campaign.check.language", String.join(", ", LANGUAGES));
                    }
                }
                case "--preview" -> preview = value(args, ++i);
                case "--out" -> out = Path.of(value(args, ++i));
                case "--css" -> css = Path.of(value(args, ++i));
                default -> {
                    if (arg.startsWith("--") || folder != null) {
                        throw new Unusable("campaign.check.usage");
                    }
                    folder = Path.of(arg);
                }
            }
        }
        if (folder == null || (preview == null && out != null)) {
            throw new Unusable("campaign.check.usage");
        }
        if (preview != null && out == null) {
            out = Path.of("target", preview + ".html");
        }
        return new CheckArguments(folder, localeOf(args), preview, out, css);
    }

    private static String value(String[] args, int index) throws Unusable {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new Unusable("campaign.check.usage");
        }
        return args[index];
    }
}
