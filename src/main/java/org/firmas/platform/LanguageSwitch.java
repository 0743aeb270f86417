package org.firmas.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The links that switch the page to each other language, keeping the visitor on the same page:
 * the same path and the same query (a console page's campaign id travels in it), only the
 * language changed.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    private static final String PARAMETER = "lang";

    /**
     * A request attribute naming the languages a page has its content in (a campaign's texts), when
     * that is fewer than the site's: the switch offers only those. A visitor whose browser asks for
     * another still gets the site's words in it, and the content in the default language.
     */
    public static final String OFFERED = "org.firmas.platform.offeredLanguages";

    public record Choice(String language, String name, String url) {
    }

    public List<Choice> getChoices() {
        FacesContext context = FacesContext.getCurrentInstance();
        String current = context.getViewRoot().getLocale().getLanguage();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? (String) forwarded : request.getRequestURI();
        List<String> kept = keptQuery(context, request, forwarded != null);
        Object offered = request.getAttribute(OFFERED);
        return SupportedLanguages.of(context).stream()
                .filter(language -> !language.equals(current))
                .filter(language -> !(offered instanceof Collection<?> languages) || languages.contains(language))
                .map(language -> new Choice(language, Languages.ownName(language), path + "?" + String.join("&", kept)
                        + (kept.isEmpty() ? "" : "&") + PARAMETER + "=" + encode(language)))
                .toList();
    }

    /**
     * The query the page was asked for, without its language. A page answering a form post
     * (a form with a mistake, shown again) has no query in its address; its view parameters
     * say which campaign it shows.
     */
    private static List<String> keptQuery(FacesContext context, HttpServletRequest request, boolean forwarded) {
        List<String> kept = new ArrayList<>();
        if (context.isPostback()) {
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
                String value = parameter.getStringValue(context);
                if (value != null && !value.isEmpty() && !PARAMETER.equals(parameter.getName())) {
                    kept.add(encode(parameter.getName()) + "=" + encode(value));
                }
            }
            return kept;
        }
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = forwarded ? (String) forwardedQuery : request.getQueryString();
        if (query == null || query.isEmpty()) {
            return kept;
        }
        for (String pair : query.split("&")) {
            String name = nameIn(pair);
            if (name != null && !PARAMETER.equals(name)) {
                kept.add(pair);
            }
        }
        return kept;
    }

    /** The parameter's name, or null for an empty pair or one whose escapes do not decode (it is left out). */
    private static String nameIn(String pair) {
        try {
            return pair.isEmpty() ? null : URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    public String getLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
