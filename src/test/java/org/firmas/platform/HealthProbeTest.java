package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The container's health check (src/main/payara/HealthProbe.java), run as Docker runs it, against a stand-in node. */
class HealthProbeTest {

    @Test
    void healthyOnlyWhenTheNodeAnswers200() throws Exception {
        HttpServer node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        node.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        node.createContext("/health/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        node.start();
        try {
            String base = "http://127.0.0.1:" + node.getAddress().getPort();
            assertEquals(0, probe(base + "/health"));
            assertEquals(1, probe(base + "/health/down"));
        } finally {
            node.stop(0);
        }
        assertEquals(1, probe("http://127.0.0.1:" + node.getAddress().getPort() + "/health"), "a node that does not answer");
    }

    private static int probe(String url) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("src", "main", "payara", "HealthProbe.java").toString(), url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!probe.waitFor(60, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new AssertionError("the probe did not end");
        }
        return probe.exitValue();
    }
}
