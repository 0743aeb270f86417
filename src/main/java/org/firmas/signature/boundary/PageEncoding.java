package org.firmas.signature.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Public pages are written in UTF-8, so their forms and addresses are read in it. Set before a
 * filter reads the first parameter: set after that (Faces sets it when the page is forwarded to
 * it), the container can no longer apply it and logs a warning for every such request, which in
 * a surge of confirmations kept the request threads queueing for the log.
 */
final class PageEncoding {

    private PageEncoding() {
    }

    static void readAsWritten(HttpServletRequest request) throws UnsupportedEncodingException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
    }
}
