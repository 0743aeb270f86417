package org.firmas.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several Firmas nodes as real Payara Micro processes on loopback, started the way docs/operations.md's
 * "Running several nodes" starts them: one cluster name, TCP/IP discovery on 127.0.0.1, each node
 * with its own HTTP port, all on one database and one campaigns folder. The data grid ports are
 * kept to 5990-5999, away from Payara's default 5900 range that other tests may use.
 */
public final class PayaraCluster implements AutoCloseable {

    private static final int FIRST_GRID_PORT = 5990;
    private static final int LAST_GRID_PORT = 5999;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");
    private static final Pattern LEADERSHIP = Pattern.compile("(This|Another) node runs the cluster's scheduled jobs");

    private final Path home;
    private final Map<String, String> environment;
    private final String clusterName = "firmas-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<PayaraProcess> nodes = new ArrayList<>();
    private final int[] starts;

    private PayaraCluster(Path home, Map<String, String> environment, int size) {
        this.home = home;
        this.environment = environment;
        this.starts = new int[size];
    }

    /** Boots the nodes side by side and returns once each serves pages and sees all the others. */
    public static PayaraCluster start(Path home, int size, Map<String, String> environment) {
        PayaraCluster cluster = new PayaraCluster(home, environment, size);
        List<CompletableFuture<PayaraProcess>> booting = IntStream.range(0, size)
                .mapToObj(index -> CompletableFuture.supplyAsync(() -> cluster.boot(index))).toList();
        try {
            booting.forEach(node -> cluster.nodes.add(node.join()));
            IntStream.range(0, size).forEach(index -> cluster.awaitGridSize(index, size));
            return cluster;
        } catch (RuntimeException failed) {
            booting.forEach(node -> node.thenAccept(PayaraProcess::close));
            throw failed;
        }
    }

    public URI base(int index) {
        return nodes.get(index).base();
    }

    public int size() {
        return nodes.size();
    }

    /** Kills a node outright (SIGKILL) and waits until the others have dropped it from the grid. */
    public void kill(int index) {
        nodes.get(index).kill();
        IntStream.range(0, size()).filter(other -> other != index).forEach(other -> awaitGridSize(other, size() - 1));
    }

    /** Starts every killed node again and waits until the grid is whole. */
    public void restartKilled() {
        List<Integer> killed = IntStream.range(0, size()).filter(index -> !nodes.get(index).isAlive()).boxed().toList();
        killed.forEach(index -> nodes.set(index, boot(index)));
        if (!killed.isEmpty()) {
            IntStream.range(0, size()).forEach(node -> awaitGridSize(node, size()));
        }
    }

    /** The running nodes whose latest word is that they run the cluster's scheduled jobs. */
    public List<Integer> leaders() {
        return IntStream.range(0, size()).filter(index -> nodes.get(index).isAlive()).filter(index -> {
            Matcher leadership = LEADERSHIP.matcher(nodes.get(index).log());
            String last = null;
            while (leadership.find()) {
                last = leadership.group(1);
            }
            return "This".equals(last);
        }).boxed().toList();
    }

    /** The data grid size a node last reported in its log. */
    public int gridSize(int index) {
        Matcher size = GRID_SIZE.matcher(nodes.get(index).log());
        int last = 0;
        while (size.find()) {
            last = Integer.parseInt(size.group(1));
        }
        return last;
    }

    /** Everything the node printed since it last started. */
    public String log(int index) {
        return nodes.get(index).log();
    }

    private void awaitGridSize(int index, int size) {
        int seen = Eventually.await(JOIN_TIMEOUT, () -> gridSize(index), reported -> reported == size);
        if (seen != size) {
            throw new IllegalStateException("Node " + index + " sees a data grid of " + seen + ", not " + size);
        }
    }

    private PayaraProcess boot(int index) {
        try {
            Path folder = Files.createDirectories(home.resolve("node-" + index + "-start-" + ++starts[index]));
            return PayaraProcess.start(folder, nodeEnvironment(folder), clusterOptions("node-" + index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts one more node of this cluster on the given HTTP port and returns without waiting for
     * it to serve, as when the port turns out to be taken. It is no member of this object's nodes.
     */
    public PayaraProcess launchExtraNode(String name, int httpPort) throws IOException {
        Path folder = Files.createDirectories(home.resolve(name));
        return PayaraProcess.launch(folder, nodeEnvironment(folder), clusterOptions(name), httpPort);
    }

    private Map<String, String> nodeEnvironment(Path folder) {
        Map<String, String> nodeEnvironment = new HashMap<>(environment);
        nodeEnvironment.put("FIRMAS_DATA_DIR", folder.resolve("data").toString());
        return nodeEnvironment;
    }

    private List<String> clusterOptions(String name) {
        return List.of(
                "--name", name,
                "--clustername", clusterName,
                "--clustermode", "tcpip:" + gridMembers(),
                "--startport", String.valueOf(FIRST_GRID_PORT),
                "--interfaces", "127.0.0.1");
    }

    private static String gridMembers() {
        return IntStream.rangeClosed(FIRST_GRID_PORT, LAST_GRID_PORT)
                .mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        nodes.forEach(PayaraProcess::close);
    }
}
