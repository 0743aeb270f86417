package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps rendered public pages for about a second. In a surge thousands of people load the same
 * campaign page, which is the same for all of them (stateless form, no session, no personal data),
 * so one rendering per second serves them all. The count on it stays within the freshness bound:
 * this page age plus the count snapshot's age.
 *
 * <p>When a page goes stale, the first request to see it renders it anew while the others keep
 * getting the stale one until the new one is in: otherwise, at every expiry, all requests arriving
 * during one rendering would render the same page at once.
 */
@ApplicationScoped
public class PageCache {

    private static final int MAX_PAGES = 500;

    /**
     * A stale page is served while it is rendered anew, but never once it is this many page ages
     * old: with the count snapshot's own two seconds, the count shown stays well within five.
     */
    private static final int MOST_STALE_AGES = 2;

    @Inject
    @ConfigProperty(name = "firmas.page-cache.millis")
    long maxAgeMillis;

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** Keys being rendered anew by some request. */
    private final Set<String> rendering = ConcurrentHashMap.newKeySet();

    LongSupplier nanoClock = System::nanoTime;

    /**
     * The page to serve for the key, or null when the caller is to render it (and then hand it to
     * {@link #put} and call {@link #release}). Lock-free: every page view asks.
     */
    public Page get(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return null;
        }
        long now = nanoClock.getAsLong();
        long age = now - page.renderedAt();
        long maxAge = maxAgeMillis * 1_000_000L;
        if (age < maxAge) {
            return page;
        }
        // Whoever adds the key renders; a rendering that hangs holds the others back only until
        // the page is too old to serve, when every request renders (and any of them releases).
        return age < MOST_STALE_AGES * maxAge && !rendering.add(key) ? page : null;
    }

    public void put(String key, Page page) {
        if (pages.size() >= MAX_PAGES) {
            // Odd Accept-Language headers must not grow the map without end; it refills in a second.
            pages.clear();
            rendering.clear();
        }
        pages.put(key, page);
    }

    /** Ends a rendering claimed by {@link #get}, whether or not it gave a page to keep. */
    public void release(String key) {
        rendering.remove(key);
    }

    /**
     * Serves the view from the page kept under the key, or renders it, keeps it when anyone may be
     * shown it, and serves it. A page with a request's own value on it (a link's token; empty for
     * none) is kept with the value cut out and filled in for each request.
     */
    public void serve(String key, String view, String ownValue, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Page cached = get(key);
        if (cached != null) {
            cached.writeTo(response, ownValue);
            return;
        }
        Capture capture = new Capture(response);
        Page rendered;
        try {
            rendered = capture.render(view, request);
            if (rendered != null && !ownValue.isEmpty()) {
                rendered = rendered.withHoles(ownValue);
            }
            if (rendered != null) {
                put(key, rendered);
            }
        } finally {
            release(key);
        }
        capture.answer(rendered, ownValue);
    }

    /** How long a kept page is served as it is. */
    public long maxAgeNanos() {
        return maxAgeMillis * 1_000_000L;
    }

    public boolean enabled() {
        return maxAgeMillis > 0;
    }

    /**
     * A kept page: its body in parts, between which a value of each request's own goes (one part
     * when the page is the same for everyone).
     */
    public record Page(String contentType, List<byte[]> parts, long renderedAt) {

        public Page(String contentType, byte[] body, long renderedAt) {
            this(contentType, List.of(body), renderedAt);
        }

        /**
         * This page with every occurrence of a request's own value (a link's token, which names the
         * page's address and its form's action) cut out, so that one rendering serves every link of
         * the same kind and the value rendered with is not kept; null when the value is not on it.
         */
        Page withHoles(String value) {
            // Read byte for byte (ISO-8859-1), so that an ASCII value is found where its bytes are.
            if (parts.size() != 1 || value.isEmpty()) {
                return null;
            }
            String body = new String(parts.get(0), StandardCharsets.ISO_8859_1);
            List<byte[]> cut = new ArrayList<>();
            int from = 0;
            for (int at = body.indexOf(value); at >= 0; at = body.indexOf(value, from)) {
                cut.add(body.substring(from, at).getBytes(StandardCharsets.ISO_8859_1));
                from = at + value.length();
            }
            if (cut.isEmpty()) {
                return null;
            }
            cut.add(body.substring(from).getBytes(StandardCharsets.ISO_8859_1));
            return new Page(contentType, List.copyOf(cut), renderedAt);
        }

        void writeTo(HttpServletResponse response) throws IOException {
            writeTo(response, "");
        }

        /** Writes the page with the request's own value in its holes. */
        void writeTo(HttpServletResponse response, String value) throws IOException {
            byte[] body = filledWith(value);
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        /** The page's bytes with the value in its holes (an ASCII value: a token). */
        byte[] filledWith(String value) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            byte[] filler = value.getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream body = new ByteArrayOutputStream(parts.get(0).length * 2 + filler.length * parts.size());
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    body.writeBytes(filler);
                }
                body.writeBytes(parts.get(i));
            }
            return body.toByteArray();
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

        /** Renders the view into this capture: the page, if it may be served to anyone. */
        Page render(String view, HttpServletRequest request) throws IOException, ServletException {
            request.getRequestDispatcher(view).forward(request, this);
            return page();
        }

        /** Answers the request with the page to serve, or else with what was rendered for it alone. */
        void answer(Page served, String ownValue) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (served != null) {
                served.writeTo(response, ownValue);
            } else if (!response.isCommitted()) {
                response.getOutputStream().write(body());
            }
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
