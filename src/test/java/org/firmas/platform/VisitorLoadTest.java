package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VisitorLoadTest {

    private static final long QUARTER = VisitorLoad.SAMPLE_NANOS;

    private double cpu;
    private long now;
    private final List<Long> parked = new ArrayList<>();
    private final VisitorLoad load = withWait(50);

    private VisitorLoad withWait(long millis) {
        VisitorLoad visitors = new VisitorLoad(() -> cpu, () -> now, parked::add);
        visitors.giveWayMillis = millis;
        return visitors;
    }

    @Test
    void theNodeIsBusyWhenVisitorsComeWhileItsCpuIsSaturated() {
        cpu = 0.95;
        visitorsFor(QUARTER, 100);
        assertTrue(load.busy(), "400 requests a second on saturated cores");
    }

    @Test
    void saturatedCoresWithNobodyOnTheSiteAreNoReasonToSlowTheMail() {
        cpu = 1.0;
        visitorsFor(QUARTER, 5);
        assertFalse(load.busy(), "20 requests a second");
    }

    @Test
    void manyVisitorsOnCoresWithRoomToSpareAreNoReasonEither() {
        cpu = 0.6;
        visitorsFor(QUARTER, 1_000);
        assertFalse(load.busy());
    }

    @Test
    void aCpuLoadTheJdkCannotTellCountsAsIdle() {
        cpu = -1;
        visitorsFor(QUARTER, 1_000);
        assertFalse(load.busy());
    }

    @Test
    void theFiguresAreReadAgainOnlyAfterAQuarterOfASecondAndThenCoverTheWholeSpan() {
        cpu = 0.95;
        visitorsFor(QUARTER, 100);
        assertTrue(load.busy());
        visitorsFor(QUARTER / 2, 0);
        assertTrue(load.busy(), "the last reading stands within the quarter");
        visitorsFor(QUARTER / 2, 0);
        assertFalse(load.busy(), "no request in the half second since: 0 a second");
    }

    @Test
    void backgroundWorkWaitsOnlyWhileTheNodeIsBusy() {
        cpu = 0.95;
        visitorsFor(QUARTER, 1);
        assertFalse(load.giveWay());
        assertEquals(List.of(), parked);
        visitorsFor(QUARTER, 100);
        assertTrue(load.giveWay());
        assertEquals(List.of(TimeUnit.MILLISECONDS.toNanos(50)), parked);
    }

    @Test
    void aWaitOfNothingTurnsGivingWayOff() {
        VisitorLoad never = withWait(0);
        cpu = 1.0;
        for (int i = 0; i < 1_000; i++) {
            never.arrived();
        }
        now += QUARTER;
        assertFalse(never.busy());
        assertFalse(never.giveWay());
        assertEquals(List.of(), parked);
    }

    @Test
    void theFilterCountsEveryRequestBeforePassingItOn() throws Exception {
        VisitorLoadFilter filter = new VisitorLoadFilter();
        filter.load = load;
        cpu = 0.95;
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            filter.doFilter((HttpServletRequest) null, (HttpServletResponse) null, (request, response) -> passed.add("page"));
        }
        now += QUARTER;
        assertEquals(100, passed.size(), "every request went on to its page");
        assertTrue(load.busy(), "and was counted");
    }

    private void visitorsFor(long nanos, int requests) {
        for (int i = 0; i < requests; i++) {
            load.arrived();
        }
        now += nanos;
    }
}
