package org.firmas.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Headers that make every page harder to abuse: scripts and styles only from this site (no
 * inline script), no framing, no MIME sniffing, and no Referer, so a token in a confirmation or
 * withdrawal URL never travels to another site. Only a campaign's embeddable sign form may be
 * framed, and only by the sites its campaign lists: its addresses go without X-Frame-Options
 * (which cannot name sites), and the page that knows the campaign says who may frame it
 * ({@link #allowFramingBy}); until then its policy refuses every frame.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = policyFramedBy("'none'");

    /** The embeddable sign form and its thank-you page, as sent (no escape can match it). */
    private static final Pattern FRAMABLE = Pattern.compile("/campaigns/[a-z0-9-]+/embed(/thanks)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response);
        chain.doFilter(request, response);
    }

    /** For answers the container gives before any filter runs, such as the console's redirect to its login. */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        headers(request.isSecure(), framable(path)).forEach(response::setHeader);
    }

    /**
     * Lets the listed origins show this answer in a frame, on an address {@link #framable} allows;
     * with none listed, no site may.
     */
    public static void allowFramingBy(HttpServletResponse response, List<String> origins) {
        if (origins.isEmpty()) {
            response.setHeader("X-Frame-Options", "DENY");
        } else {
            response.setHeader("Content-Security-Policy", policyFramedBy(String.join(" ", origins)));
        }
    }

    /** Whether an address (the path after the context path, undecoded) is one a campaign may let others frame. */
    static boolean framable(String path) {
        return FRAMABLE.matcher(path).matches();
    }

    private static String policyFramedBy(String ancestors) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
                + "frame-ancestors " + ancestors + "; base-uri 'self'; object-src 'none'";
    }

    /** The headers by name, in the order they are sent; HSTS only for a request that came over TLS. */
    static Map<String, String> headers(boolean secure, boolean framable) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        if (!framable) {
            headers.put("X-Frame-Options", "DENY");
        }
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (secure) {
            headers.put("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return headers;
    }
}
