package org.firmas.delivery.control;

import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.platform.Messages;

/** Sentences for mails from the message bundle, in the recipient's language. */
final class MailText {

    private final ResourceBundle bundle;
    private final Locale locale;

    MailText(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("org.firmas.i18n.messages", locale);
    }

    String get(String key, Object... arguments) {
        return Messages.formatPattern(locale, bundle.getString(key), arguments);
    }
}
