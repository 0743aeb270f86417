package org.firmas.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the page language: a {@code ?lang=} link wins and is remembered in a cookie for the
 * visit; otherwise the cookie; otherwise the browser's Accept-Language. A cookie rather than an
 * HTTP session keeps public pages stateless, so any node can serve any request.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public static final String COOKIE = "firmas_lang";
    static final String PARAMETER = "lang";

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        String requested = supported(context, external.getRequestParameterMap().get(PARAMETER));
        if (requested != null) {
            // Faces may ask more than once per request; one Set-Cookie is enough.
            if (external.getRequestMap().putIfAbsent(COOKIE, requested) == null) {
                external.addResponseCookie(COOKIE, requested, Map.of(
                        "path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                        "httpOnly", Boolean.TRUE,
                        "SameSite", "Lax"));
            }
            return Locale.forLanguageTag(requested);
        }
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie remembered) {
            String language = supported(context, remembered.getValue());
            if (language != null) {
                return Locale.forLanguageTag(language);
            }
        }
        return super.calculateLocale(context);
    }

    private static String supported(FacesContext context, String language) {
        if (language == null) {
            return null;
        }
        List<String> languages = SupportedLanguages.of(context);
        return languages.contains(language) ? language : null;
    }
}
