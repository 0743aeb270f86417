package org.firmas.platform;

import jakarta.faces.application.Application;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Locale;

/**
 * Gives Faces the site's languages from {@link Languages} when it starts, in place of a
 * {@code locale-config} in faces-config.xml, so the list exists once: Faces then matches a
 * browser's {@code Accept-Language} (pt-BR finds pt) against it.
 */
public class FacesLanguages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostConstructApplicationEvent started) {
            Application application = started.getApplication();
            application.setDefaultLocale(Locale.forLanguageTag(Languages.defaultLanguage()));
            application.setSupportedLocales(Languages.all().stream().map(Locale::forLanguageTag).toList());
        }
    }
}
