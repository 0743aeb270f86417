package org.firmas.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the page language as {@link SupportedLanguages#forRequest} does for requests outside
 * Faces: a {@code ?lang=} link wins and is remembered in a cookie for the visit; otherwise the
 * cookie; otherwise the browser's Accept-Language; otherwise the default, never the server's own
 * locale. A cookie rather than an HTTP session keeps public pages stateless, so any node can serve
 * any request.
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
        List<String> languages = SupportedLanguages.of(context);
        String requested = external.getRequestParameterMap().get(PARAMETER);
        // Faces may ask more than once per request; one Set-Cookie is enough.
        if (languages.contains(requested) && external.getRequestMap().putIfAbsent(COOKIE, requested) == null) {
            external.addResponseCookie(COOKIE, requested, Map.of(
                    "path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                    "httpOnly", Boolean.TRUE,
                    "SameSite", "Lax"));
        }
        return Locale.forLanguageTag(SupportedLanguages.choose(requested, remembered(external),
                external.getRequestHeaderMap().get("Accept-Language"), languages));
    }

    private static String remembered(ExternalContext external) {
        return external.getRequestCookieMap().get(COOKIE) instanceof jakarta.servlet.http.Cookie cookie ? cookie.getValue() : null;
    }
}
