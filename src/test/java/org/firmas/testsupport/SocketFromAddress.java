package org.firmas.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.0 exchange over a socket bound to a local address of the test's choosing, such as
 * 127.0.0.2, so the server sees a client other than 127.0.0.1. The JDK's HTTP client cannot pick
 * its local address on Java 17, nor send a request target it cannot parse ({@code /%zz}) or a
 * Host header of the test's choosing.
 */
final class SocketFromAddress {

    private SocketFromAddress() {
    }

    /** What came back: status, headers (lower-case names) and body. */
    record Exchange(int status, Map<String, List<String>> headers, String body) {
    }

    /** Sends the request target exactly as written; a Host among the headers replaces the server's own. */
    static Exchange exchange(String localAddress, URI server, String method, String rawTarget, Map<String, String> headers,
                             byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(rawTarget).append(" HTTP/1.0\r\n");
        if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
            head.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, List<String>> received = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                received.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
            }
            return new Exchange(Integer.parseInt(lines[0].split(" ")[1]), received, response.substring(end + 4));
        }
    }
}
