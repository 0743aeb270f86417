package org.firmas.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tests' one HTTP client: it sends a request to the application and hands back what came,
 * never following a redirect. It keeps cookies when asked (an organizer's browser), connects from
 * another local address when asked (another client), and sends bodies and request targets byte
 * for byte for tests about malformed input. {@link PetitionSite}, {@link ConsoleClient} and
 * {@link RawHttp} speak to the application through it.
 */
public final class TestHttpClient {

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;
    /** Null for a client that keeps no cookies. */
    private final CookieManager cookies;
    /** Null to connect as the JDK does, from 127.0.0.1; else the local address every request leaves from. */
    private final String localAddress;

    private TestHttpClient(URI base, Duration timeout, HttpClient http, CookieManager cookies, String localAddress) {
        this.base = base;
        this.timeout = timeout;
        this.http = http;
        this.cookies = cookies;
        this.localAddress = localAddress;
    }

    /** A client that keeps no cookies, speaking the JDK's default HTTP version unless told otherwise. */
    public static TestHttpClient withoutCookies(URI base, Duration timeout, HttpClient.Version version) {
        HttpClient.Builder http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        return new TestHttpClient(base, timeout, (version == null ? http : http.version(version)).build(), null, null);
    }

    /** A client that keeps the cookies the application sets and sends them back, as a browser does. */
    public static TestHttpClient keepingCookies(URI base, Duration timeout) {
        CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL) {
            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                super.put(uri, headers);
                // java.net takes a cookie with Max-Age for an RFC 2965 one and would send it back quoted; browsers send it as set.
                getCookieStore().getCookies().forEach(cookie -> cookie.setVersion(0));
            }
        };
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(jar)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return new TestHttpClient(base, timeout, http, jar, null);
    }

    /** The same client, cookies included, connecting from another local address such as 127.0.0.2. */
    public TestHttpClient fromAddress(String address) {
        return new TestHttpClient(base, timeout, http, cookies, address);
    }

    /** What came back: status, headers and the body's bytes. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** A header's values joined, whatever the case of its name, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }
    }

    /** A path relative to the application ("campaigns/x"), from the server's root ("/x"), or a whole URL. */
    public URI resolve(String path) {
        if (path.startsWith("http")) {
            return URI.create(path);
        }
        if (path.startsWith("/")) {
            return base.resolve(path);
        }
        return base.resolve(base.getPath().endsWith("/") ? path : base.getPath() + "/" + path);
    }

    /** The application's address with a path appended as written, unresolved ({@code /a/../b} stays). */
    public URI appendRaw(String rawPath) {
        return URI.create(base.toString().replaceAll("/$", "") + rawPath);
    }

    public Reply send(String method, URI uri, Map<String, String> headers, byte[] body) {
        if (localAddress != null) {
            return sendFromAddress(method, uri, headers, body);
        }
        return exchange(request(method, uri, headers,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a body without saying how long it is (chunked), as a script might. */
    public Reply sendChunked(String method, URI uri, Map<String, String> headers, byte[] body) {
        return exchange(request(method, uri, headers,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /**
     * Sends the request target byte for byte over a socket, even one no URI parser takes
     * ({@code /%zz}), with the headers in the order given, a forged Host among them if the test
     * wants one; from this client's local address, or 127.0.0.1.
     */
    public Reply sendAsWritten(String method, String rawTarget, Map<String, String> headers, byte[] body) {
        try {
            SocketFromAddress.Exchange answer = SocketFromAddress.exchange(localAddress == null ? "127.0.0.1" : localAddress,
                    base, method, rawTarget, headers, body);
            return new Reply(answer.status(), answer.headers(), answer.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form body, percent-encoded as a browser would. */
    public static byte[] formBody(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    /** The value of the named cookie as this client holds it, or null. */
    public String cookie(String name) {
        return cookieJar().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Sends this cookie from now on, on every path, as a client that made it up or copied it would. */
    public void useCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookieJar().getCookieStore().add(base, cookie);
    }

    public void forgetCookies() {
        cookieJar().getCookieStore().removeAll();
    }

    private CookieManager cookieJar() {
        if (cookies == null) {
            throw new IllegalStateException("This client keeps no cookies");
        }
        return cookies;
    }

    private HttpRequest.Builder request(String method, URI uri, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, body);
        headers.forEach(request::header);
        return request;
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same exchange over a socket from {@link #localAddress}, headers in the JDK's order, with the cookies held. */
    private Reply sendFromAddress(String method, URI uri, Map<String, String> headers, byte[] body) {
        Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(headers);
        Map<String, String> all = new LinkedHashMap<>(sorted);
        try {
            if (cookies != null) {
                cookies.get(uri, Map.of()).forEach((name, values) -> {
                    if (!values.isEmpty()) {
                        all.put(name, String.join("; ", values));
                    }
                });
            }
            SocketFromAddress.Exchange answer = SocketFromAddress.exchange(localAddress, uri, method,
                    uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), all, body);
            if (cookies != null) {
                cookies.put(uri, answer.headers());
            }
            return new Reply(answer.status(), answer.headers(), answer.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
