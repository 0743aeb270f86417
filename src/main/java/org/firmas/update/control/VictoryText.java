package org.firmas.update.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.update.entity.UpdateDraft;

/** The "we won" update a victory prepares, from the message bundles, with the campaign's title filled in. */
final class VictoryText {

    private VictoryText() {
    }

    static UpdateDraft draft(String titleEn, String titleEs) {
        return new UpdateDraft(text("en", "update.won.subject", titleEn), text("es", "update.won.subject", titleEs),
                text("en", "update.won.body", titleEn), text("es", "update.won.body", titleEs), "");
    }

    private static String text(String language, String key, String title) {
        Locale locale = Locale.forLanguageTag(language);
        return new MessageFormat(ResourceBundle.getBundle("org.firmas.i18n.messages", locale).getString(key), locale)
                .format(new Object[] {title});
    }
}
