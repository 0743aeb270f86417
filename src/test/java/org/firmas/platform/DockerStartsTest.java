package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every Docker start of Firmas applies the server settings of the pre-boot file (64 request
 * threads, no Server header), as every other documented start does. Read from the files, since the
 * build has no Docker engine to start them with.
 */
class DockerStartsTest {

    private static final Path DOCKER = Path.of("docker");

    @Test
    void everyNodeOfTheComposeFileStartsWithThePreBootFileTheImageHolds() throws IOException {
        String preBootFile = preBootFileInTheImage();
        Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(DOCKER.resolve("compose.yaml")))).get("services");

        int payaraCommands = 0;
        for (Map.Entry<?, ?> service : services.entrySet()) {
            if (((Map<?, ?>) service.getValue()).get("command") instanceof List<?> command && command.contains("--deploy")) {
                payaraCommands++;
                int option = command.indexOf("--prebootcommandfile");
                assertTrue(option >= 0 && preBootFile.equals(command.get(option + 1)),
                        service.getKey() + " starts without " + preBootFile + ": " + command);
            }
        }
        assertFalse(payaraCommands == 0, "the cluster nodes start Payara Micro with a command of their own");
    }

    @Test
    void theImagesOwnStartUsesThePreBootFile() throws IOException {
        String instructions = Files.readString(DOCKER.resolve("Dockerfile")).replace("\\\n", " ");
        String cmd = instructions.lines().filter(line -> line.startsWith("CMD")).findFirst().orElseThrow();
        assertTrue(Pattern.compile("\"--prebootcommandfile\",\\s*\"" + Pattern.quote(preBootFileInTheImage()) + "\"").matcher(cmd).find(), cmd);
    }

    /**
     * A node that fails to start exits (StartNode.java) rather than staying in the data grid
     * without serving, and Docker starts every Firmas service again when it does.
     */
    @Test
    void aNodeThatFailsToStartExitsAndIsStartedAgain() throws IOException {
        String instructions = Files.readString(DOCKER.resolve("Dockerfile")).replace("\\\n", " ");
        String entrypoint = instructions.lines().filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        assertTrue(entrypoint.contains("@/opt/payara/config/payara-micro.args") && entrypoint.contains("/opt/payara/config/StartNode.java"),
                entrypoint);
        assertTrue(instructions.contains("COPY --chown=payara:payara src/main/payara/StartNode.java src/main/payara/payara-micro.args /opt/payara/config/"),
                "the image holds StartNode.java and its options");
        Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(DOCKER.resolve("compose.yaml")))).get("services");
        int built = 0;
        for (Map.Entry<?, ?> service : services.entrySet()) {
            Map<Object, Object> settings = withMergedKeys((Map<?, ?>) service.getValue());
            if (settings.containsKey("build")) {
                built++;
                assertTrue("on-failure".equals(settings.get("restart")), service.getKey() + " is not started again when it exits");
            }
        }
        assertTrue(built == 3, "the single node and the cluster's two nodes run the image: " + built);
    }

    /**
     * The image checks its node's health from inside the container, the one address it lets read
     * /health, and the load balancer waits until both nodes are healthy.
     */
    @Test
    void theImageChecksHealthFromInsideAndTheLoadBalancerWaitsForIt() throws IOException {
        String instructions = Files.readString(DOCKER.resolve("Dockerfile")).replace("\\\n", " ");
        String check = instructions.lines().filter(line -> line.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
        assertTrue(check.contains("\"HealthProbe\", \"http://127.0.0.1:8080/health\"]"), check);
        assertTrue(instructions.contains("RUN javac -d /opt/payara/config/probe /opt/payara/config/HealthProbe.java"), "the probe is compiled");
        assertTrue(instructions.contains("ENV FIRMAS_MONITORING_ADDRESSES=127.0.0.1"), "the node lets its own container read /health");
        Map<?, ?> services = (Map<?, ?>) ((Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(DOCKER.resolve("compose.yaml")))).get("services");
        Map<?, ?> waitsFor = (Map<?, ?>) ((Map<?, ?>) services.get("loadbalancer")).get("depends_on");
        for (String node : List.of("firmas-node1", "firmas-node2")) {
            assertTrue(Map.of("condition", "service_healthy").equals(waitsFor.get(node)), node + ": " + waitsFor);
        }
    }

    /** A service's settings with those it takes from an anchor ({@code <<: *firmas-node}), which the YAML 1.2 parser leaves as a key. */
    private static Map<Object, Object> withMergedKeys(Map<?, ?> service) {
        Map<Object, Object> settings = new java.util.HashMap<>();
        if (service.get("<<") instanceof Map<?, ?> anchor) {
            settings.putAll(anchor);
        }
        settings.putAll(service);
        return settings;
    }

    private static String preBootFileInTheImage() throws IOException {
        Matcher copy = Pattern.compile("COPY .*src/main/payara/pre-boot-commands\\.asadmin (\\S+)")
                .matcher(Files.readString(DOCKER.resolve("Dockerfile")));
        assertTrue(copy.find(), "the Dockerfile copies the pre-boot file into the image");
        return copy.group(1);
    }
}
