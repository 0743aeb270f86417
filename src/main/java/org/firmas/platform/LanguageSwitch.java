package org.firmas.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The links that switch the page to each other language, keeping the visitor on the same page. */
@Named
@RequestScoped
public class LanguageSwitch {

    public record Choice(String language, String name, String url) {
    }

    public List<Choice> getChoices() {
        FacesContext context = FacesContext.getCurrentInstance();
        String current = context.getViewRoot().getLocale().getLanguage();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? (String) forwarded : request.getRequestURI();
        return SupportedLanguages.of(context).stream()
                .filter(language -> !language.equals(current))
                .map(language -> new Choice(language, nameOf(language),
                        path + "?lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8)))
                .toList();
    }

    public String getLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    private static String nameOf(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
