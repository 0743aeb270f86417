package org.firmas.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay on loopback in front of a server the test must not stop (the shared PostgreSQL):
 * cutting it drops every open connection and refuses new ones, as a database that went down does;
 * restoring it lets connections through again.
 */
public final class CuttableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private CuttableProxy(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    public static CuttableProxy to(String host, int port) throws IOException {
        CuttableProxy proxy = new CuttableProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                new InetSocketAddress(host, port));
        daemon(proxy::accept);
        return proxy;
    }

    /**
     * A relay in front of the test database (system property {@code firmas.testDbUrl}), with the
     * JDBC URL that reaches the database through it.
     */
    public static Relayed toTestDatabase() throws IOException {
        String databaseUrl = System.getProperty("firmas.testDbUrl");
        Matcher server = Pattern.compile("//([^:/]+):(\\d+)/").matcher(databaseUrl);
        if (!server.find()) {
            throw new IllegalStateException("No host and port in " + databaseUrl);
        }
        CuttableProxy proxy = to(server.group(1), Integer.parseInt(server.group(2)));
        return new Relayed(proxy, server.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
    }

    /** A relay to the test database and the JDBC URL through it. */
    public record Relayed(CuttableProxy proxy, String jdbcUrl) {
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(CuttableProxy::closeQuietly);
    }

    public void restore() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket();
                server.connect(target, 5000);
                open.add(client);
                open.add(server);
                daemon(() -> relay(client, server));
                daemon(() -> relay(server, client));
            } catch (IOException closedOrRefused) {
                // The listener closed, or the target refused this one connection.
            }
        }
    }

    private void relay(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0 && !cut; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException dropped) {
            // One side closed or was cut.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "cuttable-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was wanted.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        listener.close();
    }
}
