package org.firmas.signature.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the links in supporter mails, {@code /confirm/{token}} and {@code /withdraw/{token}}.
 * A malformed token still gets the page (which says the link is not valid), never an error.
 */
public class SupporterLinkFilter extends HttpFilter {

    static final String TOKEN_ATTRIBUTE = "firmas.link.token";

    private static final Pattern PATH = Pattern.compile("/(confirm|withdraw)/([A-Za-z0-9_-]{1,100})/?");

    @Inject
    DirectConfirming directConfirming;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageEncoding.readAsWritten(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = PATH.matcher(path);
        String action = matcher.matches() ? matcher.group(1) : path.startsWith("/confirm") ? "confirm" : "withdraw";
        String token = matcher.matches() ? matcher.group(2) : "";
        if ("confirm".equals(action) && "POST".equals(request.getMethod()) && directConfirming.take(request, response, token)) {
            return;
        }
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        request.setAttribute(PublicUrlViewHandler.PUBLIC_PATH, "/" + action + "/" + token);
        request.getRequestDispatcher("/signature/" + action + ".xhtml").forward(request, response);
    }

    static String tokenOf(HttpServletRequest request) {
        Object token = request.getAttribute(TOKEN_ATTRIBUTE);
        return token == null ? "" : token.toString();
    }
}
