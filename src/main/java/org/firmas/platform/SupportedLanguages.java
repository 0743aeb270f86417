package org.firmas.platform;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The site's languages ({@link Languages}) as a request chooses among them. */
public final class SupportedLanguages {

    /**
     * Browsers send a handful of distinct headers, and parsing one (a regular expression compiled
     * per range) cost a sign post more than checking its fields: each header's choice is kept.
     */
    private static final Map<Choice, String> CHOSEN = new ConcurrentHashMap<>();
    private static final int MOST_KEPT = 1_000;
    /** Longer headers are not kept: browsers send short ones, and made-up ones must not fill the map with kilobytes. */
    private static final int LONGEST_KEPT = 200;
    private static final String NONE = "";

    private SupportedLanguages() {
    }

    /** The default language first, then the others. */
    public static List<String> of(FacesContext context) {
        return Languages.all();
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

    /** The languages, for code outside a Faces request. */
    public static List<String> ofApplication() {
        return Languages.all();
    }

    /**
     * The language a page is shown in for this request, in Faces or outside it: the one the
     * address asks for, else the remembered choice, else the best supported one of the browser's
     * Accept-Language (by its weights, {@code es-MX} finding {@code es}), else the default. Only
     * the header counts, never the server's own locale, which the servlet API reports for a request
     * that names no language.
     */
    public static Locale forRequest(HttpServletRequest request, List<String> languages) {
        return Locale.forLanguageTag(choose(request.getParameter(LanguageViewHandler.PARAMETER), rememberedChoice(request),
                request.getHeader("Accept-Language"), languages));
    }

    /** {@link #forRequest} on its parts: the {@code lang} parameter, the cookie's value and the header, each maybe null. */
    static String choose(String asked, String remembered, String acceptLanguage, List<String> languages) {
        if (asked != null && languages.contains(asked)) {
            return asked;
        }
        if (remembered != null && languages.contains(remembered)) {
            return remembered;
        }
        String preferred = preferred(acceptLanguage, languages);
        return preferred != null ? preferred : languages.get(0);
    }

    private static String preferred(String acceptLanguage, List<String> languages) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        if (acceptLanguage.length() > LONGEST_KEPT) {
            String found = lookUp(acceptLanguage, languages);
            return found.isEmpty() ? null : found;
        }
        Choice asked = new Choice(acceptLanguage, languages);
        String chosen = CHOSEN.get(asked);
        if (chosen == null) {
            if (CHOSEN.size() >= MOST_KEPT) {
                // Made-up headers must not grow the map without end; the usual ones come back at once.
                CHOSEN.clear();
            }
            chosen = lookUp(acceptLanguage, languages);
            CHOSEN.put(asked, chosen);
        }
        return chosen.isEmpty() ? null : chosen;
    }

    private static String lookUp(String acceptLanguage, List<String> languages) {
        try {
            String found = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), languages);
            return found != null ? found : NONE;
        } catch (IllegalArgumentException malformed) {
            return NONE;
        }
    }

    private record Choice(String acceptLanguage, List<String> languages) {
    }
}
