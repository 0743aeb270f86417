package org.firmas.update.boundary;

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
 * Serves {@code /unsubscribe/{token}}, the link in every update. A POST unsubscribes at once:
 * that is RFC 8058's one-click, which a mail program sends with the body
 * {@code List-Unsubscribe=One-Click}, no cookie and no script, and also what the page's button
 * sends. A GET only shows the page with that button, since mail scanners open links on their own.
 */
public class UnsubscribeFilter extends HttpFilter {

    static final String TOKEN = "firmas.unsubscribe.token";
    static final String STATE = "firmas.unsubscribe.state";

    private static final Pattern PATH = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]{1,100})/?");
    private static final Pattern UPDATE = Pattern.compile("\\d{1,18}");

    @Inject
    Unsubscribing unsubscribing;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        String token = matcher.matches() ? matcher.group(1) : "";
        UnsubscribePage.State state;
        if ("POST".equals(request.getMethod())) {
            String update = request.getParameter("update");
            Long updateId = update != null && UPDATE.matcher(update).matches() ? Long.valueOf(update) : null;
            state = unsubscribing.unsubscribe(token, updateId) ? UnsubscribePage.State.DONE : UnsubscribePage.State.UNKNOWN;
        } else {
            state = unsubscribing.isValid(token) ? UnsubscribePage.State.ASK : UnsubscribePage.State.UNKNOWN;
        }
        request.setAttribute(TOKEN, token);
        request.setAttribute(STATE, state);
        request.getRequestDispatcher("/update/unsubscribe.xhtml").forward(request, response);
    }
}
