package org.firmas.testsupport.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without Debian's browser packages is told which ones to install, not shown Selenium's stack trace. */
class DebianChromiumTest {

    @TempDir
    Path folder;

    @Test
    void aMissingDriverNamesThePackagesToInstallAndWhatIsMissing() throws Exception {
        Path chromium = executable("chromium");
        Path driver = folder.resolve("no-such-chromedriver");

        String message = DebianChromium.missing(chromium, driver).orElseThrow();

        assertTrue(message.startsWith("Browser tests need Debian's packages chromium and chromium-driver: "
                + "apt-get install -y chromium chromium-driver"), message);
        assertTrue(message.endsWith("(not found: " + driver + ")"), message);
    }

    @Test
    void aFileThatCannotBeRunCountsAsMissing() throws Exception {
        Path chromium = Files.writeString(folder.resolve("chromium"), "");

        assertTrue(DebianChromium.missing(chromium).orElseThrow().contains(chromium.toString()));
    }

    @Test
    void nothingIsMissingWhenBothProgramsAreThere() throws Exception {
        assertEquals(Optional.empty(), DebianChromium.missing(executable("chromium"), executable("chromedriver")));
    }

    private Path executable(String name) throws Exception {
        Path program = Files.writeString(folder.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }
}
