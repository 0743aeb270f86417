package org.firmas.signature.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which rendering of the "confirmed" page each supporter is shown: never one from before their confirmation counted. */
class ConfirmedPagesTest {

    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ConfirmedPages.Newest newest = new ConfirmedPages.Newest();

    @Test
    void aRenderingThatReadTheSupportersCountServesThemAndEveryoneBefore() {
        claimAndRender(120);

        assertEquals("count 120", shown(newest.await(120, ONE_SECOND)));
        assertEquals("count 120", shown(newest.await(97, ONE_SECOND)));
    }

    @Test
    void aSupporterCountedAfterTheNewestRenderingGetsANewOne() {
        claimAndRender(120);

        ConfirmedPages.Newest.Turn turn = newest.await(121, ONE_SECOND);

        assertNull(turn.page(), "the page with 120 does not show their signature");
        assertTrue(turn.claimed(), "they render it, for the others too");
    }

    @Test
    void thoseWhoArriveDuringARenderingWaitForTheNextAndAreServedByOne() throws Exception {
        assertTrue(newest.await(10, ONE_SECOND).claimed());
        // Arrived while the rendering that read 10 runs: that one will not do for them.
        CompletableFuture<ConfirmedPages.Newest.Turn> eleventh = CompletableFuture.supplyAsync(() -> newest.await(11, ONE_SECOND));
        CompletableFuture<ConfirmedPages.Newest.Turn> twelfth = CompletableFuture.supplyAsync(() -> newest.await(12, ONE_SECOND));
        TimeUnit.MILLISECONDS.sleep(100);
        assertFalse(eleventh.isDone() || twelfth.isDone(), "they wait rather than render side by side");

        newest.rendered(page(10), 10);
        ConfirmedPages.Newest.Turn renders = CompletableFuture.anyOf(eleventh, twelfth).thenApply(ConfirmedPages.Newest.Turn.class::cast).get(1, TimeUnit.SECONDS);
        assertTrue(renders.claimed(), "one of them renders the next page");
        newest.rendered(page(12), 12);

        ConfirmedPages.Newest.Turn other = (eleventh.get(1, TimeUnit.SECONDS) == renders ? twelfth : eleventh).get(1, TimeUnit.SECONDS);
        assertEquals("count 12", shown(other), "the other is served the page that one rendered");
    }

    @Test
    void aRenderingThatKeptNothingHandsTheTurnOn() throws Exception {
        assertTrue(newest.await(10, ONE_SECOND).claimed());
        CompletableFuture<ConfirmedPages.Newest.Turn> waiting = CompletableFuture.supplyAsync(() -> newest.await(10, ONE_SECOND));
        TimeUnit.MILLISECONDS.sleep(50);

        newest.rendered(null, 10);

        assertTrue(waiting.get(1, TimeUnit.SECONDS).claimed());
    }

    @Test
    void aRenderingAfterSignaturesWereWithdrawnReplacesTheOneBefore() {
        claimAndRender(120);
        newest.await(121, ONE_SECOND);

        newest.rendered(page(100), 100);

        assertEquals("count 100", shown(newest.await(100, ONE_SECOND)), "twenty withdrawn: the page says so");
    }

    @Test
    void aPageOlderThanItsAgeIsRenderedAgainWhateverItsCount() {
        claimAndRender(50);

        assertNull(newest.await(50, 0).page(), "a withdrawal since would not show on it");
    }

    private void claimAndRender(long count) {
        ConfirmedPages.Newest.Turn turn = newest.await(count, ONE_SECOND);
        assertTrue(turn.claimed());
        PageCache.Page page = page(count);
        newest.rendered(page, count);
        assertSame(page, newest.await(count, ONE_SECOND).page());
    }

    private static PageCache.Page page(long count) {
        return new PageCache.Page("text/html;charset=UTF-8", ("count " + count).getBytes(StandardCharsets.UTF_8), System.nanoTime());
    }

    private static String shown(ConfirmedPages.Newest.Turn turn) {
        return turn.page() == null ? null : new String(turn.page().filledWith(""), StandardCharsets.UTF_8);
    }
}
