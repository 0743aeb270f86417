package org.firmas.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The public site as a browser without JavaScript sees it: pages fetched over HTTP and the sign
 * form submitted with whatever hidden fields the page carries. Redirects are not followed, so a
 * test sees the 302 that ends a successful signature.
 */
public final class PetitionSite {

    private static final Pattern COUNT = Pattern.compile("\"signatureCount\":(\\d+)");

    private final URI base;
    private final Map<String, String> headers;
    private final String localAddress;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public PetitionSite(URI base) {
        this(base, Map.of(), null);
    }

    private PetitionSite(URI base, Map<String, String> headers, String localAddress) {
        this.base = base;
        this.headers = headers;
        this.localAddress = localAddress;
    }

    /** The same site reached from another local address, such as 127.0.0.2: another client. */
    public PetitionSite from(String localAddress) {
        return new PetitionSite(base, headers, localAddress);
    }

    /** The same site with a header on every request, such as the X-Forwarded-For a proxy adds. */
    public PetitionSite withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PetitionSite(base, Map.copyOf(more), localAddress);
    }

    public Page get(String path, String acceptLanguage) {
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .header("Accept-Language", acceptLanguage)
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        return send(request, null);
    }

    public Page campaign(String slug, String acceptLanguage) {
        return get("campaigns/" + slug, acceptLanguage);
    }

    /** Opens the campaign page and submits its sign form. */
    public Page sign(String slug, SignatureForm form, String acceptLanguage) {
        return submit(campaign(slug, acceptLanguage), "sign", form.fields(), acceptLanguage);
    }

    /** Submits the sign form of a campaign page that may have come from another node. */
    public Page sign(Page campaignPage, SignatureForm form, String acceptLanguage) {
        return submit(campaignPage, "sign", form.fields(), acceptLanguage);
    }

    /** Opens a confirmation link and presses its Confirm button. */
    public Page confirm(String token) {
        return submit(get("confirm/" + token, "en"), "confirm", Map.of(), "en");
    }

    /** Submits a form of the page as a browser would: its hidden fields, the given fields, its button. */
    public Page submit(Page page, String formId, Map<String, String> fields, String acceptLanguage) {
        Element htmlForm = page.document().selectFirst("form#" + formId);
        if (htmlForm == null) {
            throw new AssertionError("No form " + formId + " on the page (" + page.status() + "): " + page.text());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element hidden : htmlForm.select("input[type=hidden]")) {
            values.put(hidden.attr("name"), hidden.attr("value"));
        }
        fields.forEach((field, value) -> values.put(formId + ":" + field, value));
        Element submit = htmlForm.selectFirst("input[type=submit]");
        values.put(submit.attr("name"), submit.attr("value"));
        return post(htmlForm.attr("action"), values, acceptLanguage);
    }

    public Page post(String path, Map<String, String> values, String acceptLanguage) {
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(resolve(path))
                .header("Accept-Language", acceptLanguage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request, body);
    }

    /** The count the public JSON view reports. */
    public long apiCount(String slug) {
        Page json = get("api/campaigns/" + slug, "en");
        Matcher matcher = COUNT.matcher(json.body());
        if (!matcher.find()) {
            throw new AssertionError("No count in " + json.body());
        }
        return Long.parseLong(matcher.group(1));
    }

    private URI resolve(String path) {
        if (path.startsWith("/")) {
            return base.resolve(path);
        }
        return base.resolve(base.getPath().endsWith("/") ? path : base.getPath() + "/" + path);
    }

    private Page send(HttpRequest request, String body) {
        if (!headers.isEmpty()) {
            HttpRequest.Builder withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
            headers.forEach(withHeaders::header);
            request = withHeaders.build();
        }
        try {
            if (localAddress != null) {
                Map<String, String> all = new LinkedHashMap<>();
                request.headers().map().forEach((name, values) -> all.put(name, String.join(", ", values)));
                return SocketFromAddress.exchange(localAddress, request.method(), request.uri(), all, body);
            }
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** A response: status, redirect target, and the HTML. */
    public record Page(int status, String location, String body) {

        public Document document() {
            return Jsoup.parse(body);
        }

        public String text() {
            return document().text();
        }

        public String fieldError(String field) {
            Element error = document().getElementById("sign:" + field + "-error");
            return error == null ? null : error.text();
        }
    }
}
