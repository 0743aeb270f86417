package org.firmas.response.boundary;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;
import org.firmas.response.entity.ResponseText;

/**
 * Checks what an organizer typed for an official's response. Every problem is named by its field
 * and a bundle key, so the console shows each next to its field in the organizer's language.
 */
public final class ResponseCheck {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_LINK = 2_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** What the form holds, as typed. */
    public record Input(String targetEmail, String receivedOn, String language, String text, Map<String, String> translations,
                        String link) {
    }

    /** The outcome: the response to record, or the problems by field. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(ResponseText response) implements Result {
    }

    public record Invalid(Map<String, String> problems) implements Result {
    }

    private ResponseCheck() {
    }

    public static Result check(Input input, List<Target> targets, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Target> target = targets.stream().filter(candidate -> candidate.email().equalsIgnoreCase(strip(input.targetEmail()))).findFirst();
        if (target.isEmpty()) {
            problems.put("target", "organize.response.error.target");
        }
        LocalDate receivedOn = date(input.receivedOn(), today, problems);
        String language = strip(input.language());
        if (!Languages.isSupported(language)) {
            problems.put("language", "organize.response.error.language");
        }
        String text = strip(input.text());
        if (text.isEmpty()) {
            problems.put("text", "organize.response.error.textRequired");
        } else if (text.length() > MAX_TEXT) {
            problems.put("text", "organize.response.error.textTooLong");
        }
        Map<String, String> translations = translations(input.translations(), language, problems);
        String link = strip(input.link());
        if (!link.isEmpty() && !isWebLink(link)) {
            problems.put("link", "organize.response.error.link");
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new ResponseText(target.get().email(), target.get().name(), receivedOn, language, text,
                translations, link.isEmpty() ? null : link));
    }

    /** The translations typed, by language; an empty one is none, and one in the response's own language is a mistake. */
    private static Map<String, String> translations(Map<String, String> typed, String language, Map<String, String> problems) {
        Map<String, String> translations = new LinkedHashMap<>();
        for (String other : Languages.all()) {
            String translation = strip(typed == null ? null : typed.get(other));
            if (translation.isEmpty()) {
                continue;
            }
            if (other.equals(language)) {
                problems.put("translation_" + other, "organize.response.error.translationOwnLanguage");
            } else if (translation.length() > MAX_TEXT) {
                problems.put("translation_" + other, "organize.response.error.textTooLong");
            } else {
                translations.put(other, translation);
            }
        }
        return translations;
    }

    private static LocalDate date(String value, LocalDate today, Map<String, String> problems) {
        try {
            LocalDate date = LocalDate.parse(strip(value));
            if (date.isAfter(today) || date.isBefore(EARLIEST)) {
                problems.put("receivedOn", "organize.response.error.dateRange");
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.put("receivedOn", "organize.response.error.date");
            return null;
        }
    }

    /** An absolute http or https address with a host, and nothing a browser would read otherwise. */
    static boolean isWebLink(String link) {
        if (link.length() > MAX_LINK || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
