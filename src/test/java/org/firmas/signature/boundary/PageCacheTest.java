package org.firmas.signature.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who renders a campaign page when the kept one goes stale, and what everyone else is shown meanwhile. */
class PageCacheTest {

    private static final long MILLI = 1_000_000L;
    private static final String KEY = "/campaign/sign.xhtml|end-pars|es";

    private final AtomicLong now = new AtomicLong(1_000 * MILLI);
    private final PageCache cache = new PageCache();

    @BeforeEach
    void oneSecondPages() {
        cache.maxAgeMillis = 1_000;
        cache.nanoClock = now::get;
    }

    @Test
    void aFreshPageIsServedToEveryone() {
        PageCache.Page page = renderedNow("first");
        cache.put(KEY, page);

        now.addAndGet(999 * MILLI);

        assertSame(page, cache.get(KEY));
        assertSame(page, cache.get(KEY));
    }

    @Test
    void whenAPageGoesStaleOneRequestRendersItAndTheOthersGetTheStalePage() {
        PageCache.Page stale = renderedNow("stale");
        cache.put(KEY, stale);
        now.addAndGet(1_200 * MILLI);

        assertNull(cache.get(KEY), "the first request after expiry renders the page");
        assertSame(stale, cache.get(KEY), "a second request meanwhile gets the stale page");
        assertSame(stale, cache.get(KEY), "and so does a third");

        PageCache.Page fresh = renderedNow("fresh");
        cache.put(KEY, fresh);
        cache.release(KEY);
        assertSame(fresh, cache.get(KEY));
    }

    @Test
    void aRenderingThatKeptNothingLetsTheNextRequestTryAgain() {
        cache.put(KEY, renderedNow("stale"));
        now.addAndGet(1_200 * MILLI);
        assertNull(cache.get(KEY));

        cache.release(KEY);

        assertNull(cache.get(KEY), "the next request renders, instead of stale pages being served on");
    }

    @Test
    void aPageTwoAgesOldIsNeverServedSoTheShownCountStaysRecent() {
        cache.put(KEY, renderedNow("old"));
        now.addAndGet(1_100 * MILLI);
        assertNull(cache.get(KEY), "claimed by a rendering that hangs");

        now.addAndGet(950 * MILLI);

        assertNull(cache.get(KEY), "everyone renders rather than see a page over two seconds old");
    }

    @Test
    void pagesForDifferentKeysAreRenderedIndependently() {
        cache.put(KEY, renderedNow("es"));
        cache.put("/campaign/sign.xhtml|end-pars|en", renderedNow("en"));
        now.addAndGet(1_100 * MILLI);

        assertNull(cache.get(KEY));
        assertNull(cache.get("/campaign/sign.xhtml|end-pars|en"), "another page's rendering is not held up");
        assertEquals("es", new String(cache.get(KEY).filledWith(""), StandardCharsets.UTF_8));
    }

    @Test
    void aLinksPageIsKeptWithoutItsTokenAndServedWithEachRequestsOwn() {
        String first = "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X1c";
        String other = "zZ9yY8xX7wW6vV5uU4tT3sS2rR1qQ0pP9oO8nN7mM6l";
        PageCache.Page rendered = renderedNow("<a href=\"/confirm/" + first + "?lang=es\">es</a>"
                + "<form action=\"/confirm/" + first + "\">Confirmar</form>");

        PageCache.Page kept = rendered.withHoles(first);

        assertEquals(3, kept.parts().size(), "cut out where the token stood, twice");
        kept.parts().forEach(part -> assertFalse(new String(part, StandardCharsets.UTF_8).contains(first),
                "the token rendered with is not kept"));
        assertEquals("<a href=\"/confirm/" + other + "?lang=es\">es</a><form action=\"/confirm/" + other + "\">Confirmar</form>",
                new String(kept.filledWith(other), StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithoutTheTokenOnItIsNotKeptAsALinksPage() {
        assertNull(renderedNow("<p>Este enlace no es válido.</p>").withHoles("Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X1c"));
        assertNull(renderedNow("<p>válido</p>").withHoles(""), "nor is a page cut by nothing");
    }

    private PageCache.Page renderedNow(String body) {
        return new PageCache.Page("text/html;charset=UTF-8", body.getBytes(StandardCharsets.UTF_8), now.get());
    }
}
