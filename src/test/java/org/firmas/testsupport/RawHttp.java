package org.firmas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Requests no browser would send: any method, a path exactly as written (stray bytes, {@code ..}),
 * bodies of any bytes and size, or of unknown length. Redirects are not followed.
 */
public final class RawHttp {

    /** What a page must never show: a stack trace, or which server software runs underneath. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\sat (java|jakarta|org|com|fish)\\.|Payara|GlassFish|Grizzly|Mojarra|EclipseLink|Weld|\\d+\\.\\d{4}\\.\\d+",
            Pattern.CASE_INSENSITIVE);

    /** HTTP/1.1, as browsers speak it without TLS (no upgrade to HTTP/2 on the first request). */
    private final TestHttpClient http;
    private final String sessionCookie;
    /** The local address {@link #sendAsWritten} connects from. */
    private final String localAddress;

    public RawHttp(URI base) {
        this(TestHttpClient.withoutCookies(base, Duration.ofSeconds(60), HttpClient.Version.HTTP_1_1), null, "127.0.0.1");
    }

    private RawHttp(TestHttpClient http, String sessionCookie, String localAddress) {
        this.http = http;
        this.sessionCookie = sessionCookie;
        this.localAddress = localAddress;
    }

    /** The same requests, sent within a console session (its JSESSIONID). */
    public RawHttp withSession(String sessionId) {
        return new RawHttp(http, "JSESSIONID=" + sessionId, localAddress);
    }

    /** Requests {@link #sendAsWritten sent as written} from another local address, such as 127.0.0.2. */
    public RawHttp fromAddress(String address) {
        return new RawHttp(http, sessionCookie, address);
    }

    /** The language a visitor asks for: by the browser's Accept-Language, or by the cookie the switch sets. */
    public enum Language {
        EN("en-US,en;q=0.9", null),
        ES("es-MX,es;q=0.9", null),
        /** Spanish chosen with the language switch, though the browser prefers English. */
        ES_BY_COOKIE("en-US,en;q=0.9", "firmas_lang=es");

        private final String acceptLanguage;
        private final String cookie;

        Language(String acceptLanguage, String cookie) {
            this.acceptLanguage = acceptLanguage;
            this.cookie = cookie;
        }

        public boolean spanish() {
            return this != EN;
        }

        /** The English or the Spanish of a text, as this visitor should see it. */
        public String pick(String english, String spanish) {
            return spanish() ? spanish : english;
        }

        /** The headers that say so, after any the request has already, as the JDK's client or a socket sends them. */
        Map<String, String> headers(Map<String, String> before, String sessionCookie) {
            Map<String, String> all = new LinkedHashMap<>(before);
            all.put("Accept-Language", acceptLanguage);
            String cookies = Stream.of(cookie, sessionCookie).filter(Objects::nonNull).collect(Collectors.joining("; "));
            if (!cookies.isEmpty()) {
                all.put("Cookie", cookies);
            }
            return all;
        }
    }

    public Answer get(String rawPath, Language language) {
        return send("GET", rawPath, null, null, language);
    }

    public Answer send(String method, String rawPath, String contentType, byte[] body, Language language) {
        return answer(http.send(method, http.appendRaw(rawPath), language.headers(contentType(contentType), sessionCookie), body));
    }

    /**
     * Sends the request target byte for byte, even one no URI parser takes ({@code /%zz}), with
     * headers the JDK's client will not send, such as a forged Host.
     */
    public Answer sendAsWritten(String method, String rawTarget, Map<String, String> headers, byte[] body, Language language) {
        return answer(http.fromAddress(localAddress).sendAsWritten(method, rawTarget, language.headers(headers, sessionCookie), body));
    }

    /** Posts a body without saying how long it is (chunked), as a script might. */
    public Answer postChunked(String rawPath, String contentType, byte[] body, Language language) {
        return answer(http.sendChunked("POST", http.appendRaw(rawPath), language.headers(contentType(contentType), sessionCookie), body));
    }

    /** A form body from name/value pairs, percent-encoded as a browser would (values may hold any bytes). */
    public static byte[] form(Map<String, byte[]> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=');
            for (byte b : value) {
                int c = b & 0xFF;
                if (Character.isLetterOrDigit(c) && c < 0x80) {
                    body.append((char) c);
                } else {
                    body.append('%').append(String.format(Locale.ROOT, "%02X", c));
                }
            }
        });
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Map<String, String> contentType(String contentType) {
        return contentType == null ? Map.of() : Map.of("Content-Type", contentType);
    }

    private static Answer answer(TestHttpClient.Reply reply) {
        return new Answer(reply.status(), reply.headers(), reply.text());
    }

    /** A response: status, headers, and the page. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public Document document() {
            return Jsoup.parse(body);
        }

        public String text() {
            return document().text();
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }

        /**
         * A page of the site with the expected status and text, in the visitor's language, naming
         * neither a stack trace nor the server software, and no header that names it either.
         */
        public Answer assertClean(int expectedStatus, Language language, String expectedText) {
            assertEquals(expectedStatus, status, () -> "status; page: " + text());
            assertCleanOf(language);
            assertTrue(text().contains(expectedText), () -> "expected \"" + expectedText + "\" in: " + text());
            return this;
        }

        /** As {@link #assertClean}, for any status below 500. */
        public Answer assertCleanOf(Language language) {
            assertTrue(status < 500, () -> "a server error: " + status + " " + text());
            assertFalse(LEAK.matcher(body).find(), () -> "leaks server details: " + body);
            assertEquals(null, header("Server"), "Server header");
            assertEquals(null, header("X-Powered-By"), "X-Powered-By header");
            if (header("Content-Type") != null && header("Content-Type").startsWith("text/html") && !body.isEmpty()) {
                assertEquals(language.spanish() ? "es" : "en", document().selectFirst("html").attr("lang"), "page language");
            }
            return this;
        }
    }
}
