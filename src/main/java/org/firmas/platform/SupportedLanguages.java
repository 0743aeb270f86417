package org.firmas.platform;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The languages declared in faces-config.xml: adding one there (plus its bundles) is all it takes. */
public final class SupportedLanguages {

    private SupportedLanguages() {
    }

    public static List<String> of(FacesContext context) {
        return of(context.getApplication());
    }

    /** The default language first, then the others. */
    public static List<String> of(Application application) {
        List<String> languages = new ArrayList<>();
        Locale fallback = application.getDefaultLocale();
        if (fallback != null) {
            languages.add(fallback.getLanguage());
        }
        Iterator<Locale> supported = application.getSupportedLocales();
        while (supported.hasNext()) {
            String language = supported.next().getLanguage();
            if (!languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The language cookie's value as the browser sent it, or null; {@link LanguageViewHandler} sets it. */
    public static String rememberedChoice(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LanguageViewHandler.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The languages of the running application, for code outside a Faces request. */
    public static List<String> ofApplication() {
        return of(((ApplicationFactory) FactoryFinder.getFactory(FactoryFinder.APPLICATION_FACTORY)).getApplication());
    }

    /**
     * The language a page would be shown in for this request, outside a Faces request: the one
     * the address asks for, else the remembered choice, else the first language of the browser's
     * list that is supported, else the default; the same order {@link LanguageViewHandler} and
     * Faces follow.
     */
    public static Locale forRequest(HttpServletRequest request, List<String> languages) {
        String asked = request.getParameter(LanguageViewHandler.PARAMETER);
        if (languages.contains(asked)) {
            return Locale.forLanguageTag(asked);
        }
        String remembered = rememberedChoice(request);
        if (languages.contains(remembered)) {
            return Locale.forLanguageTag(remembered);
        }
        for (Locale preferred : Collections.list(request.getLocales())) {
            if (languages.contains(preferred.getLanguage())) {
                return Locale.forLanguageTag(preferred.getLanguage());
            }
        }
        return Locale.forLanguageTag(languages.get(0));
    }
}
