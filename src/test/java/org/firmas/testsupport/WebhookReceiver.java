package org.firmas.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An organizer's system on 127.0.0.1: it keeps every post it receives and answers each path with
 * the status it was given for it ({@code /ok} 200, {@code /down} 500).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One post as it arrived: the headers Firmas sets, and the body. */
    public record Post(String path, String id, String event, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final Map<Integer, Runnable> beforeAnswering = new ConcurrentHashMap<>();

    public WebhookReceiver(Map<String, Integer> statusByPath) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        statusByPath.forEach((path, status) -> server.createContext(path, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            posts.add(new Post(path, headers.getFirst("Firmas-Webhook-Id"), headers.getFirst("Firmas-Webhook-Event"),
                    headers.getFirst("Firmas-Webhook-Timestamp"), headers.getFirst("Firmas-Webhook-Signature"), body));
            Runnable action = beforeAnswering.remove(posts.size());
            if (action != null) {
                action.run();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }));
        server.start();
    }

    /** Runs the action once the nth post (counting from 1) has arrived, before it is answered. */
    public void beforeAnswering(int nth, Runnable action) {
        beforeAnswering.put(nth, action);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Post> postsTo(String path) {
        return posts.stream().filter(post -> post.path().equals(path)).toList();
    }

    /** Whether a post carries the signature its secret gives to its timestamp and body, computed here on its own. */
    public static boolean signedWith(String secret, Post post) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((post.timestamp() + "." + post.body()).getBytes(StandardCharsets.UTF_8));
            return ("v1=" + HexFormat.of().formatHex(signed)).equals(post.signature());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
