package org.firmas.testsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An organizer's browser at the HTTP level: it keeps cookies, submits Faces forms with the hidden
 * fields they carry, and does not follow redirects, so a test sees every 302 and every header.
 */
public final class ConsoleClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TestHttpClient http;
    private String acceptLanguage = "en";

    public ConsoleClient(URI base) {
        this.http = TestHttpClient.keepingCookies(base, TIMEOUT);
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
        this.http = http.fromAddress(localAddress);
        return this;
    }

    /** Opens the login page and submits it; returns the answer to the submission. */
    public Response logIn(String email, String password) {
        return submit(get("organize/login.xhtml"), "login", Map.of("email", email, "password", password), "submit");
    }

    public Response get(String path) {
        return send("GET", path, Map.of(), null);
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
        return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"), TestHttpClient.formBody(values));
    }

    /** Submits a multipart form (a file upload) with its hidden fields, the given files and the named button. */
    public Response upload(Response page, String formId, Map<String, FileField> files, String buttonId) {
        return upload(page, formId, Map.of(), files, buttonId);
    }

    /** The same with plain fields too, named as the page names them (no form prefix). */
    public Response upload(Response page, String formId, Map<String, String> fields, Map<String, FileField> files, String buttonId) {
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
        fields.forEach((field, value) -> part(body, boundary, field, null, value.getBytes(StandardCharsets.UTF_8)));
        files.forEach((field, file) -> part(body, boundary, formId + ":" + field, file.name(), file.bytes()));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", form.attr("action"), Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toByteArray());
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
        TestHttpClient.Reply reply = http.send("GET", http.resolve(path), Map.of("Accept-Language", acceptLanguage), null);
        if (reply.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + reply.status());
        }
        return reply.body();
    }

    /** The session cookie's value as this client holds it, or null. */
    public String sessionId() {
        return cookie("JSESSIONID");
    }

    /** The value of the named cookie as this client holds it, or null. */
    public String cookie(String name) {
        return http.cookie(name);
    }

    /** Replaces the session cookie, as an attacker who planted or stole one would. */
    public void useSessionId(String id) {
        http.forgetCookies();
        useCookie("JSESSIONID", id);
    }

    /** Sends this cookie from now on, on every path, as a client that made it up or copied it would. */
    public void useCookie(String name, String value) {
        http.useCookie(name, value);
    }

    private Response send(String method, String path, Map<String, String> contentHeaders, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(contentHeaders);
        headers.put("Accept-Language", acceptLanguage);
        TestHttpClient.Reply reply = http.send(method, http.resolve(path), headers, body);
        return new Response(reply.status(), reply.headers(), reply.text());
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
