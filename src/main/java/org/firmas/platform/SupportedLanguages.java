package org.firmas.platform;

import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The languages declared in faces-config.xml: adding one there (plus its bundles) is all it takes. */
public final class SupportedLanguages {

    private SupportedLanguages() {
    }

    public static List<String> of(FacesContext context) {
        List<String> languages = new ArrayList<>();
        Locale fallback = context.getApplication().getDefaultLocale();
        if (fallback != null) {
            languages.add(fallback.getLanguage());
        }
        Iterator<Locale> supported = context.getApplication().getSupportedLocales();
        while (supported.hasNext()) {
            String language = supported.next().getLanguage();
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }
}
