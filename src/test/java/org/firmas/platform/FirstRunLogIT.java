package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.firmas.testsupport.PayaraProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer reads after the run command: where Firmas serves and that the demo admin exists,
 * each said once, and not one warning or error they could act on. A warning in this log must mean
 * something; the few Payara Micro logs at every start whatever the application does are listed here.
 */
class FirstRunLogIT {

    /** Payara's own warnings at every start, which no setting of the application avoids. */
    private static final List<Pattern> PAYARAS_OWN = Stream.of(
            // "The feature use of persistent EJB Timer Service requires Full Java EE Profile": Payara Micro 7
            // runs EJB Lite, and its container says so for every bean with a timeout method, even when all its
            // timers are non-persistent, as Firmas's are (created with TimerConfig(null, false)).
            "\\[AS-EJB-00053\\]",
            // Payara's class-loader leak check, stopping the class loader it deploys with, is the first in the
            // JVM to ask DriverManager for drivers: that loads the WAR's PostgreSQL driver (listed in its jar's
            // META-INF/services), which the check then finds registered by that loader and unregisters.
            "registered the JDBC driver \\[org\\.postgresql\\.Driver\\] but failed to unregister it",
            // Logged by Payara's EJB container about a class of its own while it deploys the singletons.
            "Class Not loaded yet com\\.sun\\.ejb\\.containers\\.interceptors\\._SystemInterceptorProxy_Serializable",
            // At the first request Payara's web security compares the root's context path "" with the "/" it
            // was deployed at (--contextroot /, as every start of Firmas deploys it).
            "Context path from ServletContext: +differs from path from bundle: /")
            .map(Pattern::compile).toList();

    private static final Pattern RECORD_START = Pattern.compile("^\\[\\d{4}-\\d{2}-\\d{2}T", Pattern.MULTILINE);
    private static final Pattern WARNING_OR_WORSE = Pattern.compile("\\[levelValue: (9\\d\\d|1\\d\\d\\d)\\]");
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    @TempDir
    Path home;

    @Test
    void theRunCommandsStartSaysWhereToGoAndWarnsOfNothing() throws Exception {
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        try (Stream<Path> samples = Files.list(Path.of("campaigns"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, campaigns.resolve(sample.getFileName()));
            }
        }

        String log;
        try (PayaraProcess firmas = PayaraProcess.start(home, Map.of())) {
            log = COLOUR.matcher(firmas.log()).replaceAll("");
        }

        List<String> unexplained = records(log).stream()
                .filter(record -> WARNING_OR_WORSE.matcher(record).find())
                .filter(record -> PAYARAS_OWN.stream().noneMatch(own -> own.matcher(record).find()))
                .toList();
        assertEquals(List.of(), unexplained, "warnings and errors at start-up");
        assertEquals(1, occurrences(log, "Firmas serves its campaigns at http://localhost:8080/ and the organizer console at "
                + "http://localhost:8080/organize/"), log);
        assertEquals(1, occurrences(log, "Organizer console: demo admin admin@firmas.local created (password in README.md); "
                + "change its password at http://localhost:8080/organize/password.xhtml"), log);
    }

    private static List<String> records(String log) {
        return Stream.of(RECORD_START.split(log)).filter(record -> !record.isBlank()).toList();
    }

    private static long occurrences(String log, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(log).results().count();
    }
}
