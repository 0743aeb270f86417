package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps rendered public pages for about a second. In a surge thousands of people load the same
 * campaign page, which is the same for all of them (stateless form, no session, no personal data),
 * so one rendering per second serves them all. The count on it stays within the freshness bound:
 * this page age plus the count snapshot's age.
 */
@ApplicationScoped
public class PageCache {

    private static final int MAX_PAGES = 500;

    @Inject
    @ConfigProperty(name = "firmas.page-cache.millis")
    long maxAgeMillis;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** A fresh rendering for the key, or null. Lock-free: every page view asks. */
    public Page get(String key) {
        Page page = pages.get(key);
        return page != null && System.nanoTime() - page.renderedAt() < maxAgeMillis * 1_000_000L ? page : null;
    }

    public void put(String key, Page page) {
        if (pages.size() >= MAX_PAGES) {
            // Odd Accept-Language headers must not grow the map without end; it refills in a second.
            pages.clear();
        }
        pages.put(key, page);
    }

    public boolean enabled() {
        return maxAgeMillis > 0;
    }

    public record Page(String contentType, byte[] body, long renderedAt) {

        void writeTo(HttpServletResponse response) throws IOException {
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** Captures what a page writes, so it can be kept when it is a plain 200 without cookies. */
    static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private boolean cookieSet;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void setHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the captured body is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set when the captured body is sent
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the page is complete
        }

        /** The page, if it may be served to anyone: a 200 that set no cookie. */
        Page page() {
            if (writer != null) {
                writer.flush();
            }
            boolean shareable = getStatus() == HttpServletResponse.SC_OK && !cookieSet && !isCommitted();
            String type = getContentType() == null ? "text/html;charset=UTF-8" : getContentType();
            return shareable ? new Page(type, bytes.toByteArray(), System.nanoTime()) : null;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
