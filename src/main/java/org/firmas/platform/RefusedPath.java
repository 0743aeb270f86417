package org.firmas.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Request paths the server refuses while it decodes them, before it has chosen an application:
 * a malformed percent escape ({@code %zz}, a trailing {@code %}), a NUL or a backslash, plain
 * or escaped, a path that does not start with {@code /} or climbs above the root. The server
 * answers them itself, without the site's headers or pages (Payara issue 8000).
 */
final class RefusedPath {

    private RefusedPath() {
    }

    /** The path as the client wrote it, still percent-encoded, without the query. */
    static boolean refusedByServer(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return true;
        }
        byte[] encoded = rawPath.getBytes(StandardCharsets.ISO_8859_1);
        if (PercentEscapeFilter.malformed(encoded)) {
            return true;
        }
        String decoded = decode(encoded);
        return decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0 || climbsAboveRoot(decoded);
    }

    private static String decode(byte[] encoded) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(encoded.length);
        for (int i = 0; i < encoded.length; i++) {
            if (encoded[i] == '%') {
                decoded.write(PercentEscapeFilter.hex(encoded[i + 1]) * 16 + PercentEscapeFilter.hex(encoded[i + 2]));
                i += 2;
            } else {
                decoded.write(encoded[i]);
            }
        }
        return decoded.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean climbsAboveRoot(String path) {
        int depth = 0;
        for (String segment : path.substring(1).split("/", -1)) {
            if ("..".equals(segment)) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !".".equals(segment)) {
                depth++;
            }
        }
        return false;
    }
}
