package org.firmas.testsupport;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.browser.DebianChromium;

/**
 * The page audits of {@code src/test/audit} (Lighthouse, axe-core, Nu HTML Checker, request log),
 * run by Node from {@code target/audit}, where their npm packages are installed so that src/ never
 * holds a node_modules folder.
 */
public final class PageAudit {

    private static final Path SOURCES = Path.of("src/test/audit");
    private static final Path HOME = Path.of("target/audit");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "audit.mjs");
    private static final Path CHROMIUM = DebianChromium.CHROMIUM;
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration AUDIT_TIMEOUT = Duration.ofMinutes(15);

    private PageAudit() {
    }

    /** Why the audits cannot run on this machine, when they cannot. */
    public static Optional<String> missingTool() {
        // playwright-core needs Node.js 20 or newer.
        Optional<String> node = output("node", "--version");
        if (node.map(PageAudit::majorVersion).orElse(0) < 20) {
            return Optional.of("Node.js 20 or newer is not on the PATH (found " + node.orElse("none") + ")");
        }
        if (output("npm", "--version").isEmpty()) {
            return Optional.of("npm is not on the PATH");
        }
        return DebianChromium.missing(CHROMIUM);
    }

    /** Copies the audit files to target/audit and installs the locked packages, unless they already are. */
    public static void install() throws IOException {
        Files.createDirectories(HOME);
        Path lock = HOME.resolve("package-lock.json");
        boolean installed = Files.isDirectory(HOME.resolve("node_modules")) && Files.exists(lock)
                && Files.mismatch(SOURCES.resolve("package-lock.json"), lock) == -1;
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), HOME.resolve(file), REPLACE_EXISTING);
        }
        if (!installed) {
            // No package needs its install script, and npm 11 would block vnu-jar's anyway.
            int exit = execute(INSTALL_TIMEOUT, HOME.resolve("npm-ci.log"),
                    List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
            if (exit != 0) {
                throw new AssertionError("npm ci failed with " + exit + "; see " + HOME.resolve("npm-ci.log"));
            }
        }
    }

    /** Audits each path under the base address in each language and reads the report. */
    public static AuditReport run(URI base, List<String> paths, List<String> languages) throws IOException {
        return run(base, paths, languages, null);
    }

    /**
     * The same, where a path written {@code +/organize/...} is loaded with this session cookie
     * (JSESSIONID) of a logged-in organizer.
     */
    public static AuditReport run(URI base, List<String> paths, List<String> languages, String sessionId) throws IOException {
        Path report = HOME.resolve("report.json").toAbsolutePath();
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(List.of("node", "audit.mjs", "--languages", String.join(",", languages),
                "--report", report.toString()));
        if (sessionId != null) {
            command.addAll(List.of("--session", "JSESSIONID=" + sessionId));
        }
        command.add(base.toString());
        command.addAll(paths);
        Path log = HOME.resolve("audit.log");
        int exit = execute(AUDIT_TIMEOUT, log, command);
        System.out.println(Files.readString(log));
        if (!Files.exists(report)) {
            throw new AssertionError("The audit script exited with " + exit + " and wrote no report; see " + log);
        }
        return AuditReport.read(report, exit);
    }

    /**
     * Runs a command in target/audit with its output in a log file: writing to the forked test JVM's
     * own stdout would corrupt the channel failsafe reads results from.
     */
    private static int execute(Duration timeout, Path log, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The Nu HTML Checker runs on the JDK that runs the tests.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMinutes(), TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException(e);
        }
    }

    private static int majorVersion(String nodeVersion) {
        Matcher version = Pattern.compile("v(\\d+)\\.").matcher(nodeVersion);
        return version.lookingAt() ? Integer.parseInt(version.group(1)) : 0;
    }

    /** What a command prints (its first line), when it runs and succeeds. */
    private static Optional<String> output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0
                    ? Optional.of(printed.lines().findFirst().orElse("")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
