package org.firmas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.RawHttp.Language;

/** /health, /metrics and /openapi as an operator's monitoring reads them, from a monitoring address. */
public final class OperatorEndpoints {

    /** The address the build names in FIRMAS_MONITORING_ADDRESSES. */
    public static final String MONITORING_ADDRESS = "127.0.0.2";

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern CHECK = Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"(UP|DOWN)\"");

    private final RawHttp http;

    public OperatorEndpoints(URI base) {
        this.http = new RawHttp(base).fromAddress(MONITORING_ADDRESS);
    }

    public RawHttp.Answer get(String path) {
        return http.sendAsWritten("GET", path, Map.of("Accept", "*/*"), null, Language.EN);
    }

    /**
     * The application's metrics, by name and labels as Prometheus writes them without the scope
     * label: {@code firmas_signatures_total{outcome="recorded"}}.
     */
    public Map<String, Double> metrics() {
        RawHttp.Answer answer = get("/metrics?scope=application");
        assertEquals(200, answer.status(), answer.body());
        Map<String, Double> samples = new HashMap<>();
        for (String line : answer.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            TreeSet<String> labels = new TreeSet<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                if (!label.group(1).equals("mp_scope")) {
                    labels.add(label.group(1) + "=\"" + label.group(2) + "\"");
                }
            }
            samples.put(sample.group(1) + (labels.isEmpty() ? "" : "{" + String.join(",", labels) + "}"), Double.valueOf(sample.group(3)));
        }
        return samples;
    }

    /** Each named check's status in a /health answer. */
    public static Map<String, String> checks(RawHttp.Answer health) {
        Map<String, String> checks = new HashMap<>();
        Matcher check = CHECK.matcher(health.body());
        while (check.find()) {
            checks.put(check.group(1), check.group(2));
        }
        return checks;
    }
}
