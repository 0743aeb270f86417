package org.firmas.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Refuses a form body, or the query string of a post, with a malformed percent escape
 * ({@code %zz}) with the bad-request page (a link's query is dropped instead), and a path the
 * server would have refused itself ({@link ServerRequestHook}).
 * Left to the server, such a field is dropped silently and logged with its value, often an email
 * address. A form body is therefore read here, before anything asks for a parameter, and its
 * fields are decoded by {@link FormBodyRequest}; {@link RequestLimitsFilter} has already refused
 * bodies larger than a form.
 */
public class PercentEscapeFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PercentEscapeFilter.class.getName());
    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ServerRequestHook.REFUSED_PATH) != null) {
            refuse(response, "a path the server cannot read");
            return;
        }
        String query = request.getQueryString();
        if (query != null && malformed(query.getBytes(StandardCharsets.ISO_8859_1))) {
            if (isRead(request.getMethod())) {
                withoutQuery(request, response);
            } else {
                refuse(response, "a malformed percent escape in its address");
            }
            return;
        }
        if (!"POST".equals(request.getMethod()) || !isForm(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (malformed(body)) {
            refuse(response, "a malformed percent escape in its form");
            return;
        }
        chain.doFilter(new FormBodyRequest(request, body), response);
    }

    /**
     * A shared link mangled on its way ({@code ?utm_content=50%off}) still leads to its page: the
     * path alone, relative as every redirect here, and nothing of the query logged.
     */
    private static void withoutQuery(HttpServletRequest request, HttpServletResponse response) {
        LOG.info("Sent a request with a malformed percent escape in its query to its path alone");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI());
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static void refuse(HttpServletResponse response, String what) throws IOException {
        // Neither the value nor the address: either may hold an email address or a confirmation token.
        LOG.info(() -> "Refused a request with " + what);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
    }

    /** True when a '%' is not followed by two hexadecimal digits. */
    static boolean malformed(byte[] encoded) {
        for (int i = 0; i < encoded.length; i++) {
            if (encoded[i] == '%') {
                if (i + 2 >= encoded.length || hex(encoded[i + 1]) < 0 || hex(encoded[i + 2]) < 0) {
                    return true;
                }
                i += 2;
            }
        }
        return false;
    }

    static int hex(byte digit) {
        return Character.digit((char) (digit & 0xFF), 16);
    }
}
