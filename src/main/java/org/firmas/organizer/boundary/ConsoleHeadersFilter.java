package org.firmas.organizer.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.firmas.platform.ExpiredViewFilter;

/**
 * Console pages hold supporters' names and addresses: no cache may keep them (so the back button
 * after logout shows nothing), no other site may frame them, and no link leaks their URL. A page
 * that refuses the caller a campaign ({@link NotAllowedException}) answers 403 here; a post whose
 * view state Faces rejects is answered by {@link ExpiredViewFilter}.
 */
@WebFilter(urlPatterns = "/organize/*")
public class ConsoleHeadersFilter extends HttpFilter {

    private static final Pattern NOT_AN_ID = Pattern.compile("(^|&)id=(?!\\d{1,18}(&|$))");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getQueryString() != null && NOT_AN_ID.matcher(request.getQueryString()).find()) {
            // Console pages name a campaign by its number; anything else names none.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !ExpiredViewFilter.causedBy(e, NotAllowedException.class)) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
