package org.firmas.response.control;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.firmas.platform.Languages;
import org.firmas.platform.Messages;
import org.firmas.response.entity.ResponseText;
import org.firmas.update.entity.UpdateSuggested;

/**
 * An official's response as an update to supporters, in every language of the site: who answered and when,
 * the answer quoted (in the reader's language where a translation exists, otherwise as received,
 * saying in which language), and the link to the document. The organizer reviews it before it goes.
 */
public final class ResponseUpdate {

    private ResponseUpdate() {
    }

    public static UpdateSuggested of(long campaignId, long responseId, ResponseText response, Map<String, String> titles) {
        Map<String, String> subjects = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String language : Languages.all()) {
            Locale locale = Locale.forLanguageTag(language);
            subjects.put(language, Messages.format(locale, "response.update.subject", response.targetName(), titles.get(language)));
            bodies.put(language, body(response, language, locale));
        }
        return new UpdateSuggested(campaignId, "response:" + responseId, subjects, bodies);
    }

    private static String body(ResponseText response, String language, Locale locale) {
        StringBuilder body = new StringBuilder(Messages.format(locale, "response.update.intro", response.targetName(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(response.receivedOn())));
        body.append("\n\n");
        if (response.shownInOriginalTo(language)) {
            body.append(Messages.format(locale, "responses.original", Languages.nameIn(response.language(), locale))).append("\n\n");
        }
        response.textIn(language).strip().lines().forEach(line -> body.append("> ").append(line).append('\n'));
        if (response.documentUrl() != null && !response.documentUrl().isBlank()) {
            body.append("\n[").append(Messages.format(locale, "response.update.document")).append("](")
                    .append(response.documentUrl()).append(")\n");
        }
        return body.toString();
    }
}
