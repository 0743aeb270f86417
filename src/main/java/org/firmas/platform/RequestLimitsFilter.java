package org.firmas.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Refuses what no page of Firmas takes, before any of it is read: methods other than GET, HEAD
 * and POST (405), bodies larger than a form can be (413), and posts that do not say how long they
 * are (411; browsers always do). Each answer is an error page in the visitor's language.
 */
public class RequestLimitsFilter extends HttpFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    /** The sign form at its longest (names, comment, address) is a few kilobytes. */
    static final long PUBLIC_MAX_BYTES = 64 * 1024;
    /** The console posts campaign texts, areas tables and files: the multipart limit in web.xml. */
    static final long CONSOLE_MAX_BYTES = 2 * 1024 * 1024;
    /** A campaign's header image may be a phone's photo; past its own limit, its page says the limit. */
    static final long IMAGE_PAGE_MAX_BYTES = 12 * 1024 * 1024;
    static final String IMAGE_PAGE = "/organize/image.xhtml";
    static final long DISCARD_MAX_BYTES = 8 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("POST".equals(request.getMethod())) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            if (length > maxBytes(request)) {
                discardBody(request, response, length);
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Clients send the whole body before they read the answer; left unread, it makes the server
     * drop the connection and the client sees an error instead of the page. A body up to a few
     * megabytes is read and thrown away; a larger one closes the connection after the answer.
     */
    private static void discardBody(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        if (length <= DISCARD_MAX_BYTES) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } else {
            response.setHeader("Connection", "close");
        }
    }

    private static long maxBytes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(IMAGE_PAGE)) {
            return IMAGE_PAGE_MAX_BYTES;
        }
        return path.startsWith("/organize/") ? CONSOLE_MAX_BYTES : PUBLIC_MAX_BYTES;
    }
}
