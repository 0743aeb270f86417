package org.firmas.testsupport;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An organizer's browser at the HTTP level: it keeps cookies, submits Faces forms with the hidden
 * fields they carry, and does not follow redirects, so a test sees every 302 and every header.
 */
public final class ConsoleClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL) {
        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            super.put(uri, headers);
            // java.net takes a cookie with Max-Age for an RFC 2965 one and would send it back quoted; browsers send it as set.
            getCookieStore().getCookies().forEach(cookie -> cookie.setVersion(0));
        }
    };
    private final HttpClient http;
    private String acceptLanguage = "en";
    private String localAddress;

    public ConsoleClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Sends the browser's language preference from now on, such as "es-MX,es;q=0.9". */
    public ConsoleClient inLanguage(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    /**
     * Connects from this local address from now on, such as 127.0.0.2, so the server sees another
     * client than 127.0.0.1.
     */
    public ConsoleClient fromAddress(String localAddress) {
        this.localAddress = localAddress;
        return this;
    }

    /** Opens the login page and submits it; returns the answer to the submission. */
    public Response logIn(String email, String password) {
        return submit(get("organize/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET(), null);
    }

    /** Submits a form of the page as a browser would: its hidden fields, the given fields, the named button. */
    public Response submit(Response page, String formId, Map<String, String> fields, String buttonId) {
        Element form = page.document().selectFirst("form#" + formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page (" + page.status() + "): " + page.document().text());
        }
        Map<String, String> values = currentValues(form);
        fields.forEach((field, value) -> values.put(formId + ":" + field, value));
        Element button = form.selectFirst("[name=" + formId + ":" + buttonId + "]");
        if (button == null) {
            throw new AssertionError("No button " + buttonId + " in form " + formId + ": " + form);
        }
        values.put(button.attr("name"), button.attr("value"));
        return post(form.attr("action"), values);
    }

    /**
     * Presses a console action's button, which answers with a redirect to the campaign's page (post,
     * redirect, get), and follows it; fails when the post is answered with anything but a redirect.
     */
    public Response act(Response page, String formId, Map<String, String> fields, String buttonId) {
        Response posted = submit(page, formId, fields, buttonId);
        if ((posted.status() != 302 && posted.status() != 303) || posted.location() == null) {
            throw new AssertionError("Expected a redirect after " + buttonId + ", got " + posted.status() + ": " + posted.text());
        }
        return get(posted.location());
    }

    /**
     * Takes a dashboard's confirmation step (close, won, reopen) and confirms it, as an organizer
     * who reads the step and presses Confirm; returns the page the action redirects to.
     */
    public Response confirm(long campaignId, String step) {
        return act(get("organize/dashboard.xhtml?id=" + campaignId + "&confirm=" + step), "confirm", Map.of(), "confirm");
    }

    /** What the form holds now, as a browser would send it: no buttons, only ticked boxes. */
    private static Map<String, String> currentValues(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element control : form.select("input, textarea, select")) {
            String type = control.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (control.attr("name").isEmpty() || type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
                continue;
            }
            if (control.tagName().equals("select")) {
                Element chosen = control.selectFirst("option[selected]");
                chosen = chosen != null ? chosen : control.selectFirst("option");
                values.put(control.attr("name"), chosen == null ? "" : chosen.attr("value"));
            } else if (control.tagName().equals("textarea")) {
                values.put(control.attr("name"), control.wholeText().replaceFirst("^\\n", ""));
            } else {
                values.put(control.attr("name"), type.equals("checkbox") && !control.hasAttr("value") ? "on" : control.attr("value"));
            }
        }
        return values;
    }

    public Response post(String path, Map<String, String> values) {
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    /** Submits a multipart form (a file upload) with its hidden fields, the given files and the named button. */
    public Response upload(Response page, String formId, Map<String, FileField> files, String buttonId) {
        Element form = page.document().selectFirst("form#" + formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page (" + page.status() + "): " + page.document().text());
        }
        String boundary = "----firmas" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Element hidden : form.select("input[type=hidden]")) {
            part(body, boundary, hidden.attr("name"), null, hidden.attr("value").getBytes(StandardCharsets.UTF_8));
        }
        Element button = form.selectFirst("[name=" + formId + ":" + buttonId + "]");
        part(body, boundary, button.attr("name"), null, button.attr("value").getBytes(StandardCharsets.UTF_8));
        files.forEach((field, file) -> part(body, boundary, formId + ":" + field, file.name(), file.bytes()));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(resolve(form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    private static void part(java.io.ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream");
        }
        head.append("\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A file to upload: its name as the browser sends it, and its bytes (or its text, as UTF-8). */
    public record FileField(String name, byte[] bytes) {

        public FileField(String name, String content) {
            this(name, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The response's body as bytes, for a download that is not text, such as a ZIP. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie's value as this client holds it, or null. */
    public String sessionId() {
        return cookie("JSESSIONID");
    }

    /** The value of the named cookie as this client holds it, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Replaces the session cookie, as an attacker who planted or stole one would. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        useCookie("JSESSIONID", id);
    }

    /** Sends this cookie from now on, on every path, as a client that made it up or copied it would. */
    public void useCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private URI resolve(String path) {
        if (path.startsWith("http")) {
            return URI.create(path);
        }
        if (path.startsWith("/")) {
            return base.resolve(path);
        }
        return base.resolve(base.getPath().endsWith("/") ? path : base.getPath() + "/" + path);
    }

    private Response send(HttpRequest.Builder builder, String body) {
        try {
            HttpRequest request = builder.timeout(Duration.ofSeconds(60)).header("Accept-Language", acceptLanguage).build();
            if (localAddress != null) {
                return sendFromAddress(request, body);
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same exchange over a socket from {@link #localAddress}, with the cookies this client holds. */
    private Response sendFromAddress(HttpRequest request, String body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        cookies.get(request.uri(), Map.of()).forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, String.join("; ", values));
            }
        });
        URI uri = request.uri();
        SocketFromAddress.Exchange answer = SocketFromAddress.exchange(localAddress, uri, request.method(),
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        cookies.put(uri, answer.headers());
        return new Response(answer.status(), answer.headers(), answer.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A response: status, headers and body. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public Document document() {
            return Jsoup.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }

        public String location() {
            return header("Location");
        }

        public String text() {
            return document().text();
        }
    }
}
