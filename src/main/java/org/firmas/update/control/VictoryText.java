package org.firmas.update.control;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.firmas.platform.Languages;
import org.firmas.update.entity.UpdateDraft;

/** The "we won" update a victory prepares, in every language of the site, with the campaign's title filled in. */
final class VictoryText {

    private VictoryText() {
    }

    /** {@code titles}: the campaign's title by language. */
    static UpdateDraft draft(Map<String, String> titles) {
        Map<String, String> subjects = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        for (String language : Languages.all()) {
            subjects.put(language, text(language, "update.won.subject", titles.getOrDefault(language, "")));
            bodies.put(language, text(language, "update.won.body", titles.getOrDefault(language, "")));
        }
        return new UpdateDraft(subjects, bodies, "");
    }

    private static String text(String language, String key, String title) {
        Locale locale = Locale.forLanguageTag(language);
        return new MessageFormat(ResourceBundle.getBundle("org.firmas.i18n.messages", locale).getString(key), locale)
                .format(new Object[] {title});
    }
}
