package org.firmas.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Firmas started the way the run command starts it: Payara Micro with {@code --deploy firmas.war
 * --nohazelcast} and the run command's pre-boot file ({@code java -jar}, or through the start
 * class that exits when the server fails to start: {@link #launch}), in a working directory of the test's choosing and with only the
 * environment the test gives it (and, unless it says otherwise, the run command's
 * FIRMAS_BIND_ADDRESS, 127.0.0.1), so the embedded defaults are what runs.
 */
public final class PayaraProcess implements AutoCloseable {

    /** Generous: several servers booting at once on two cores take two minutes each. */
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final String FIRST_TIER_ONLY = "-XX:TieredStopAtLevel=1";

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static PayaraProcess start(Path workingDirectory, Map<String, String> environment) throws IOException {
        return start(workingDirectory, environment, List.of("--nohazelcast"));
    }

    /** Starts with extra Payara Micro options, such as cluster settings instead of --nohazelcast. */
    public static PayaraProcess start(Path workingDirectory, Map<String, String> environment, List<String> options)
            throws IOException {
        PayaraProcess started = launch(workingDirectory, environment, options, freePort(), false);
        String firstStart;
        try {
            if (started.servesWithin(BOOT_TIMEOUT)) {
                return started;
            }
            firstStart = "Payara Micro served nothing within " + BOOT_TIMEOUT;
        } catch (ExitedEarly e) {
            firstStart = e.getMessage();
        }
        // Payara's own start-up (its HK2 run levels) has been seen to deadlock before it deploys anything,
        // leaving a silent process that not even SIGTERM ends, and, on a loaded machine, a restart after a
        // kill to end by itself before serving; one fresh start tells either apart from a Firmas that
        // cannot start. The first start's end is printed, since the second overwrites its log.
        started.kill();
        System.err.println("Starting Payara Micro once more; the first start: " + firstStart);
        PayaraProcess again = launch(workingDirectory, environment, options, freePort(), false);
        if (again.servesWithin(BOOT_TIMEOUT)) {
            return again;
        }
        again.kill();
        throw new IOException("Payara Micro did not serve " + again.base() + " within " + BOOT_TIMEOUT + ", twice");
    }

    /**
     * Starts on the given HTTP port through src/main/payara/StartNode.java, as docs/operations.md starts a
     * cluster's nodes, and returns at once, whether or not the server comes up: the start that
     * exits when the server fails to. The other starts keep {@code java -jar}, the run command's.
     */
    public static PayaraProcess launch(Path workingDirectory, Map<String, String> environment, List<String> options,
                                       int port) throws IOException {
        return launch(workingDirectory, environment, options, port, true);
    }

    private static PayaraProcess launch(Path workingDirectory, Map<String, String> environment, List<String> options,
                                        int port, boolean throughStartNode) throws IOException {
        // Payara Micro redeploys whatever a reused root directory holds; start from an empty one.
        Path runtime = workingDirectory.resolve("payara-runtime");
        deleteRecursively(runtime);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path payaraFolder = Path.of(System.getProperty("firmas.prebootCommands")).toAbsolutePath().getParent();
        // Only the JIT's first tier: C2's compiling costs about a third of a boot's CPU on two cores, and
        // no test measures peak speed (src/test/resources/arquillian.xml starts the shared deployment so too).
        List<String> command = new java.util.ArrayList<>(throughStartNode
                ? List.of(java, "-Xmx512m", FIRST_TIER_ONLY, "@" + payaraFolder.resolve("payara-micro.args"), "-cp",
                        System.getProperty("payara.microJar"), payaraFolder.resolve("StartNode.java").toString())
                : List.of(java, "-Xmx512m", FIRST_TIER_ONLY, "-jar", System.getProperty("payara.microJar")));
        command.addAll(List.of("--deploy", Path.of(System.getProperty("firmas.war")).toAbsolutePath().toString(),
                "--contextroot", "/", "--port", String.valueOf(port), "--rootdir", runtime.toString(),
                "--prebootcommandfile", System.getProperty("firmas.runPrebootCommands")));
        command.addAll(options);
        Path log = workingDirectory.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FIRMAS_"));
        builder.environment().put("FIRMAS_BIND_ADDRESS", "127.0.0.1");
        builder.environment().putAll(environment);
        return new PayaraProcess(builder.start(), port, log);
    }

    /**
     * Launches a node that should stop by itself (a setting Firmas refuses, say) and waits up to
     * {@code wait} for it to end. Payara's start-up deadlock (see {@link #start}) leaves a node
     * running that never reached Firmas: one still running after the wait is killed and launched
     * once more, so only a node that runs on both times is one that did not refuse. Returns the
     * last launch, ended or still running.
     */
    public static PayaraProcess launchExpectingExit(Path workingDirectory, Map<String, String> environment, List<String> options,
                                                    Duration wait) throws IOException, InterruptedException {
        PayaraProcess first = launch(workingDirectory, environment, options, freePort());
        if (first.awaitExit(wait).isPresent()) {
            return first;
        }
        first.kill();
        System.err.println("Launching Payara Micro once more; the first launch still ran after " + wait + ":\n" + first.logTail());
        PayaraProcess again = launch(workingDirectory, environment, options, freePort());
        again.awaitExit(wait);
        return again;
    }

    /** The exit status, once the process has ended within the time; empty while it still runs. */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    /** The FIRMAS_* settings the build gives the integration tests (test database, GreenMail port, and so on). */
    public static Map<String, String> testEnvironment() {
        Map<String, String> environment = new java.util.HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("FIRMAS_")) {
                environment.put(name, value);
            }
        });
        return environment;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The addresses the server process accepts connections on, as the kernel lists its sockets (Linux). */
    public List<InetSocketAddress> listeningAddresses() throws IOException {
        return ListeningSockets.of(process.pid());
    }

    /** Everything the server printed, as an operator would read it. */
    public String log() {
        try {
            return Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The log's last lines, so a server that stopped by itself says why in the test's own report. */
    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** Whether the server answers its home page within the time; throws when the process ends instead. */
    private boolean servesWithin(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ExitedEarly("exited with " + process.exitValue() + "; its log ends:\n" + logTail());
            }
            try {
                // A listener that accepts but never answers must not hold the wait past its deadline.
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base()).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            sleep();
        }
        return false;
    }

    /** A local request costs little, and every boot of every test waits here: a tenth of a second. */
    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Kills the server outright (SIGKILL), as a crash or a pulled plug would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server the way an operator would (SIGTERM) and waits for it to exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server process ended by itself before it served a page. */
    private static final class ExitedEarly extends IOException {

        private static final long serialVersionUID = 1L;

        ExitedEarly(String message) {
            super("Payara Micro " + message);
        }
    }
}
