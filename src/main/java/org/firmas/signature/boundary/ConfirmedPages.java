package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The campaign's "confirmed" page, which shows the count with the supporter's own confirmation in
 * it: counted on this node before the redirect that brought them here, it is in the count their
 * request finds on arrival. Any rendering that read a count at least that high will do for them.
 * <p>
 * Rendered per request, a surge of a thousand confirmations a second would render it a thousand
 * times, since the count changes with each. Instead the newest rendering is kept with the count it
 * read, and a request that finds it too old waits for the rendering under way, or starts the next:
 * each rendering serves everyone who arrived while the one before it ran. A rendering that hangs
 * holds no one back longer than {@value #LONGEST_WAIT_MILLIS} ms; they then render on their own.
 */
@ApplicationScoped
public class ConfirmedPages {

    static final long LONGEST_WAIT_MILLIS = 2_000;
    private static final int MOST_KEPT = 500;

    @Inject
    PageCache cache;

    private final Map<String, Newest> newest = new ConcurrentHashMap<>();

    /**
     * Serves the view for the key with a count of at least {@code arrivalCount}; {@code countNow}
     * is read just before a rendering, so the page shows at least what it read.
     */
    public void serve(String key, long arrivalCount, LongSupplier countNow, String view,
                      HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (newest.size() >= MOST_KEPT) {
            // Odd Accept-Language headers must not grow the map without end.
            newest.clear();
        }
        Newest slot = newest.computeIfAbsent(key, ignored -> new Newest());
        Newest.Turn turn = slot.await(arrivalCount, cache.maxAgeNanos());
        if (turn.page() != null) {
            turn.page().writeTo(response);
            return;
        }
        PageCache.Capture capture = new PageCache.Capture(response);
        PageCache.Page rendered = null;
        long shown = 0;
        try {
            shown = countNow.getAsLong();
            rendered = capture.render(view, request);
        } finally {
            if (turn.claimed()) {
                slot.rendered(rendered, shown);
            }
        }
        capture.answer(rendered, "");
    }

    /** The newest rendering of one page, the count it read, and whether one is under way. */
    static final class Newest {

        /** A page to serve; or none, and then whether this request renders for the others (claimed) or alone. */
        record Turn(PageCache.Page page, boolean claimed) {
        }

        private PageCache.Page page;
        private long count = -1;
        private boolean rendering;

        synchronized Turn await(long arrivalCount, long maxAgeNanos) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS);
            while (true) {
                if (page != null && count >= arrivalCount && System.nanoTime() - page.renderedAt() < maxAgeNanos) {
                    return new Turn(page, false);
                }
                if (!rendering) {
                    rendering = true;
                    return new Turn(null, true);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return new Turn(null, false);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Turn(null, false);
                }
            }
        }

        /**
         * Ends the rendering under way, keeping its page if it may be shown to anyone, and wakes those
         * waiting. Kept even with a lower count than the page before (signatures withdrawn or hidden
         * since): only one rendering is claimed at a time, so this one is the newest.
         */
        synchronized void rendered(PageCache.Page rendered, long shownCount) {
            if (rendered != null) {
                page = rendered;
                count = shownCount;
            }
            rendering = false;
            notifyAll();
        }
    }
}
