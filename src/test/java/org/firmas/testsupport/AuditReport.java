package org.firmas.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.json.Json;

/** What the page audit script found (its JSON report), page by page and language by language. */
public record AuditReport(int exitCode, List<AuditedPage> pages) {

    /**
     * One page in one language; Lighthouse scores run from 0 to 100 and are null when a run failed,
     * and there are none for console pages, which Lighthouse does not audit, and no performance
     * score but in the first language. The widths are the
     * page's own in each viewport ("mobile 412 in 412").
     */
    public record AuditedPage(String page, String language, Map<String, Number> httpStatus,
                              Map<String, Score> lighthouse, Map<String, List<String>> lighthouseDetails,
                              List<String> axeViolations, List<String> vnuErrors, List<String> thirdPartyRequests,
                              List<String> tooWide) {
    }

    /** A Lighthouse category: the score the thresholds apply to, and each run's. */
    public record Score(Number score, List<Number> runs) {
    }

    static AuditReport read(Path file, int exitCode) throws IOException {
        // selenium-json is on the test classpath for the browser tests; it reads this report just as well.
        Map<String, Object> json = new Json().toType(Files.readString(file), Json.MAP_TYPE);
        return new AuditReport(exitCode, objects(json.get("pages")).stream().map(AuditReport::page).toList());
    }

    private static AuditedPage page(Map<String, Object> page) {
        Map<String, Object> lighthouse = object(page.get("lighthouse"));
        Map<String, Score> scores = new TreeMap<>();
        for (String category : List.of("performance", "accessibility", "best-practices", "seo")) {
            Map<String, Object> score = object(lighthouse.get(category));
            if (score.isEmpty()) {
                continue;
            }
            scores.put(category, new Score((Number) score.get("score"), list(score.get("runs"))));
        }
        // What explains a category's score: the metrics for performance, the audits losing points elsewhere.
        Map<String, List<String>> details = new TreeMap<>();
        object(lighthouse.get("performanceMetrics")).forEach((metric, value) ->
                details.computeIfAbsent("performance", category -> new ArrayList<>()).add(metric + " " + value));
        objects(lighthouse.get("failingAudits")).forEach(audit ->
                details.computeIfAbsent((String) audit.get("category"), category -> new ArrayList<>())
                        .add(audit.get("id") + " (" + audit.get("title") + ")"));
        List<String> axe = objects(object(page.get("axe")).get("violations")).stream()
                .map(v -> v.get("id") + " [" + v.get("viewport") + "] " + v.get("help") + " at " + v.get("nodes")).toList();
        List<String> vnu = objects(object(page.get("vnu")).get("errors")).stream()
                .map(e -> "line " + e.get("line") + ": " + e.get("message")).toList();
        List<String> tooWide = AuditReport.<Map<String, Number>>object(page.get("widths")).entrySet().stream()
                .filter(width -> width.getValue().get("page").longValue() > width.getValue().get("viewport").longValue())
                .map(width -> width.getKey() + " " + width.getValue().get("page") + " in " + width.getValue().get("viewport"))
                .toList();
        return new AuditedPage((String) page.get("page"), (String) page.get("language"), object(page.get("httpStatus")),
                scores, details, axe, vnu, list(object(page.get("requests")).get("thirdParty")), tooWide);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> object(Object value) {
        return value == null ? Map.of() : (Map<String, T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }

    private static List<Map<String, Object>> objects(Object value) {
        return list(value);
    }
}
