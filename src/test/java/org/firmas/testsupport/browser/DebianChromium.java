package org.firmas.testsupport.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The browser the tests drive: Debian's Chromium and its chromedriver. Without them a browser test
 * fails at once with the command that installs them, instead of deep inside Selenium. It fails
 * rather than being skipped, unlike the page audits without Node.js: a skip shows as a bare count in
 * the build's output, and the README's test command promises these tests (.ci/run installs both).
 */
public final class DebianChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    static final String INSTALL = "Browser tests need Debian's packages chromium and chromium-driver: "
            + "apt-get install -y chromium chromium-driver";

    private DebianChromium() {
    }

    /** Fails the calling test, naming the packages, unless Chromium and chromedriver are installed. */
    public static void requireInstalled() {
        missing(CHROMIUM, CHROMEDRIVER).ifPresent(problem -> fail(problem));
    }

    /** Why the browser cannot run: the install command and the programs not found; empty when all are there. */
    public static Optional<String> missing(Path... programs) {
        List<Path> absent = Stream.of(programs).filter(program -> !Files.isExecutable(program)).toList();
        return absent.isEmpty() ? Optional.empty()
                : Optional.of(INSTALL + " (not found: " + absent.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")");
    }
}
