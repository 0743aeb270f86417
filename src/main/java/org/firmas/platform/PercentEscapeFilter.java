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
 * Refuses a query string or form body with a malformed percent escape ({@code %zz}) with the
 * bad-request page, and a path the server would have refused itself ({@link ServerRequestHook}).
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
            refuse(response, "a malformed percent escape in its address");
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
