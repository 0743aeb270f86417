package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The nginx of the two-node profile (docker/nginx.conf) logs no supporter's one-time token and
 * lets the console's images page take the photo Firmas itself accepts. Read from the file, since
 * the build has no nginx to start.
 */
class LoadBalancerConfigTest {

    /** The links in supporters' mails whose path carries a one-time token. */
    private static final List<String> TOKEN_LINKS = List.of("confirm", "withdraw", "unsubscribe", "my-data");

    private final String config = read();

    @Test
    void theAccessLogRecordsNeitherTokensNorQueryStrings() {
        Matcher log = Pattern.compile("(?m)^\\s*access_log\\s+\\S+\\s+(\\w+);").matcher(config);
        assertTrue(log.find(), "the server names its access log's format");
        Matcher format = Pattern.compile("log_format\\s+" + log.group(1) + "\\s+((?:'[^']*'\\s*)+);").matcher(config);
        assertTrue(format.find(), "the format is defined here");
        String fields = format.group(1);
        for (String leaky : List.of("$request ", "$request\"", "$request_uri", "$args", "$query_string", "$is_args", "$uri", "$http_referer")) {
            assertFalse(fields.contains(leaky), "the access log would record " + leaky + ": " + fields);
        }
        Matcher path = Pattern.compile("\\$(\\w+) \\$server_protocol").matcher(fields);
        assertTrue(path.find(), fields);
        Matcher map = Pattern.compile("map \\$uri \\$" + path.group(1) + " \\{([^}]*)}").matcher(config);
        assertTrue(map.find(), "the logged path is the path with its tokens left out");
        for (String link : TOKEN_LINKS) {
            assertTrue(map.group(1).contains(link), link + " links keep their token in the log: " + map.group(1));
        }
    }

    @Test
    void theImagesPageTakesThePhotoFirmasAllowsWhileOtherPagesStaySmall() {
        Matcher images = Pattern.compile("location = " + Pattern.quote(RequestLimitsFilter.IMAGE_PAGE)
                + " \\{[^}]*client_max_body_size (\\d+)m;[^}]*proxy_pass http://firmas_console;").matcher(config);
        assertTrue(images.find(), "the images page has its own limit and stays on the organizer's node");
        assertTrue(Long.parseLong(images.group(1)) * 1024 * 1024 > RequestLimitsFilter.IMAGE_PAGE_MAX_BYTES,
                "a file at Firmas's own limit reaches Firmas, which says the limit itself");
        Matcher everywhere = Pattern.compile("(?m)^    client_max_body_size (\\d+)m;").matcher(config);
        assertTrue(everywhere.find());
        assertEquals(3, Integer.parseInt(everywhere.group(1)), "every other page keeps the small limit");
    }

    private static String read() {
        try {
            return Files.readString(Path.of("docker", "nginx.conf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
