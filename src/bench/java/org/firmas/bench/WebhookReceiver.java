package org.firmas.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback webhook receiver for the benchmark: answers every post with 204 as fast as it can and
 * counts posts and distinct deliveries (by Firmas-Webhook-Id, the same on every attempt), so a
 * delivery posted twice or never shows. Every half second it writes "posts distinct first_ms
 * last_ms" to the stats file. Usage: WebhookReceiver port stats.txt
 */
public final class WebhookReceiver {

    private final AtomicLong posts = new AtomicLong();
    private final Set<String> deliveries = ConcurrentHashMap.newKeySet();
    private final AtomicLong first = new AtomicLong();
    private final AtomicLong last = new AtomicLong();

    public static void main(String[] args) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 200);
        server.createContext("/", receiver::receive);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        FiguresFile figures = new FiguresFile(Path.of(args[1]));
        while (true) {
            Thread.sleep(500);
            figures.write(receiver.posts.get(), receiver.deliveries.size(), receiver.first.get(), receiver.last.get());
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            long now = System.currentTimeMillis();
            first.compareAndSet(0, now);
            last.set(now);
            posts.incrementAndGet();
            String id = exchange.getRequestHeaders().getFirst("Firmas-Webhook-Id");
            if (id != null) {
                deliveries.add(id);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }
}
