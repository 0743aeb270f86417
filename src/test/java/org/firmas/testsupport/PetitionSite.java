package org.firmas.testsupport;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestHttpClient http;
    private final Map<String, String> headers;

    public PetitionSite(URI base) {
        this(TestHttpClient.withoutCookies(base, TIMEOUT, null), Map.of());
    }

    private PetitionSite(TestHttpClient http, Map<String, String> headers) {
        this.http = http;
        this.headers = headers;
    }

    /** The same site reached from another local address, such as 127.0.0.2: another client. */
    public PetitionSite from(String localAddress) {
        return new PetitionSite(http.fromAddress(localAddress), headers);
    }

    /** The same site with a header on every request, such as the X-Forwarded-For a proxy adds. */
    public PetitionSite withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new PetitionSite(http, Map.copyOf(more));
    }

    public Page get(String path, String acceptLanguage) {
        return send("GET", path, acceptLanguage, Map.of(), null);
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
        return send("POST", path, acceptLanguage, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                TestHttpClient.formBody(values));
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

    private Page send(String method, String path, String acceptLanguage, Map<String, String> contentHeaders, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept-Language", acceptLanguage);
        all.putAll(contentHeaders);
        all.putAll(headers);
        TestHttpClient.Reply reply = http.send(method, http.resolve(path), all, body);
        return new Page(reply.status(), reply.headers(), reply.text());
    }

    /** A response: status, headers, and the HTML. */
    public record Page(int status, Map<String, List<String>> headers, String body) {

        /** Where a redirect leads, or null. */
        public String location() {
            return header("Location");
        }

        /** The first value of a header, whatever the case of its name, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

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
