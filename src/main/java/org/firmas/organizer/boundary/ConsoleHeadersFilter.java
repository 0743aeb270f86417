package org.firmas.organizer.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Console pages hold supporters' names and addresses: no cache may keep them (so the back button
 * after logout shows nothing), no other site may frame them, and no link leaks their URL. A page
 * that refuses the caller a campaign ({@link NotAllowedException}) answers 403 here, and a post
 * whose view state Faces rejects answers 400 rather than a server error.
 */
@WebFilter(urlPatterns = "/organize/*")
public class ConsoleHeadersFilter extends HttpFilter {

    static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (causedBy(e, NotAllowedException.class)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (causedBy(e, ViewExpiredException.class)) {
                // Logged in, yet the post carries a view state this session never handed out: forged or long stale.
                response.reset();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                request.getRequestDispatcher(EXPIRED_PAGE).forward(new PlainView(request), response);
            } else {
                throw e;
            }
        }
    }

    /** The request as a plain GET without parameters, so Faces shows the page instead of restoring the rejected post. */
    private static final class PlainView extends HttpServletRequestWrapper {

        PlainView(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** Faces wraps what a page bean throws; the cause decides what the answer is. */
    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
