package org.firmas.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A post whose view state Faces cannot restore (expired, garbled, or handed out to someone else)
 * is the sender's problem, not the server's: it gets the "page expired" page with status 400,
 * in the visitor's language, instead of a server error.
 */
public class ExpiredViewFilter extends HttpFilter {

    static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted() || !causedBy(e, ViewExpiredException.class)) {
                throw e;
            }
            // Only the body goes: the security headers set before stay on the answer.
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(EXPIRED_PAGE).forward(new PlainGetRequest(request), response);
        }
    }

    /** Faces wraps what a page throws; the cause decides what the answer is. */
    public static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
