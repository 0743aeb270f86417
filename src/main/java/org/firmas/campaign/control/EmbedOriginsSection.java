package org.firmas.campaign.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.campaign.entity.FileProblem.Kind;

/**
 * Reads a campaign file's {@code embed_origins}: the partner sites that may show the sign form in
 * a frame. Each becomes a source of the embed page's {@code frame-ancestors}, so only what a browser
 * compares there is allowed: a scheme, a host and a port, nothing that could widen or break the
 * header. Plain http only for a developer's own machine.
 */
final class EmbedOriginsSection {

    static final int MOST_ORIGINS = 20;

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern ORIGIN = Pattern.compile(
            "(https?)://(" + LABEL + "(?:\\." + LABEL + ")*)(?::([0-9]{1,5}))?/?", Pattern.CASE_INSENSITIVE);
    private static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1");

    /** What a listed value turned out to be: the origin as browsers write it, or the mistake in it. */
    record Reading(String origin, Kind mistake) {
    }

    private EmbedOriginsSection() {
    }

    static List<String> read(YamlSection root, Mistakes mistakes) throws CampaignFileException {
        List<YamlSection.ListedText> items = root.optionalTextList("embed_origins");
        if (items.size() > MOST_ORIGINS) {
            throw root.error("embed_origins", Kind.TOO_MANY, items.size(), MOST_ORIGINS);
        }
        List<String> origins = new ArrayList<>();
        for (YamlSection.ListedText item : items) {
            Reading reading = reading(item.value());
            if (reading.mistake() != null) {
                mistakes.note(root.error(item, reading.mistake(), item.value()));
            } else if (origins.contains(reading.origin())) {
                mistakes.note(root.error(item, Kind.ORIGIN_TWICE, reading.origin()));
            } else {
                origins.add(reading.origin());
            }
        }
        return List.copyOf(origins);
    }

    static Reading reading(String value) {
        Matcher matcher = ORIGIN.matcher(value);
        if (!matcher.matches() || !portInRange(matcher.group(3))) {
            return new Reading(null, Kind.NOT_AN_ORIGIN);
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        String host = matcher.group(2).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !LOCAL_HOSTS.contains(host)) {
            return new Reading(null, Kind.ORIGIN_NOT_HTTPS);
        }
        return new Reading(scheme + "://" + host + (matcher.group(3) == null ? "" : ":" + matcher.group(3)), null);
    }

    private static boolean portInRange(String port) {
        return port == null || (Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65_535);
    }
}
