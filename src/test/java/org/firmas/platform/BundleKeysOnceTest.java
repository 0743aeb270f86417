package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key appears once in each bundle file: a second line with the same key silently replaces the
 * first, so one page would show another page's words.
 */
class BundleKeysOnceTest {

    @Test
    void noBundleFileSaysTheSameKeyTwice() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/org/firmas/i18n")),
                Files.list(Path.of("src/main/resources")))) {
            bundles = files.filter(file -> file.toString().endsWith(".properties")).toList();
        }
        for (Path bundle : bundles) {
            Set<String> seen = new HashSet<>();
            List<String> twice = Files.readAllLines(bundle, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key))
                    .toList();
            assertEquals(List.of(), twice, bundle + " says these keys twice");
        }
    }
}
