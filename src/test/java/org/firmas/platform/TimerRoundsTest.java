package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerRoundsTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private final TimerRounds rounds = new TimerRounds();

    TimerRoundsTest() {
        rounds.missedRounds = 5;
        at(START);
    }

    @Test
    void aJobIsDownOnlyAfterMissingItsRoundsForTheGivenNumberOfIntervals() {
        rounds.began("retention-timer", START.plus(Duration.ofMinutes(10)));

        at(START.plus(Duration.ofMinutes(50)));
        assertEquals(List.of(), rounds.down(), "four rounds missed");
        at(START.plus(Duration.ofMinutes(50)).plusSeconds(1));
        assertEquals(List.of("retention-timer"), rounds.down(), "five rounds missed");
    }

    @Test
    void aJobOfShortRoundsHasAMinuteAtLeast() {
        rounds.began("outbox-sender", START.plusMillis(200));

        at(START.plusSeconds(59));
        assertEquals(List.of(), rounds.down(), "a node paused by a long collection is not dead");
        at(START.plusSeconds(61));
        assertEquals(List.of("outbox-sender"), rounds.down());
    }

    @Test
    void aJobWithoutANextTimeHasTheLeastGrace() {
        rounds.began("deadline-closer", null);

        at(START.plusSeconds(60));
        assertEquals(List.of(), rounds.down());
        at(START.plusSeconds(61));
        assertEquals(List.of("deadline-closer"), rounds.down());
    }

    @Test
    void eachRoundPutsTheDeadlineOffAndOnlyTheLateJobIsNamed() {
        rounds.began("outbox-sender", START.plusSeconds(1));
        rounds.began("count-refresher", START.plusSeconds(1));
        at(START.plusSeconds(50));
        rounds.began("count-refresher", START.plusSeconds(51));

        at(START.plusSeconds(100));
        assertEquals(List.of("outbox-sender"), rounds.down());
        assertEquals(2, rounds.known());
    }

    @Test
    void aJobIsNamedAfterItsBean() {
        assertEquals("outbox-sender", TimerBeat.jobName(OutboxSender.class));
        assertEquals("campaign-file-watcher", TimerBeat.jobName(CampaignFileWatcher.class));
    }

    private void at(Instant now) {
        rounds.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static final class OutboxSender {
    }

    private static final class CampaignFileWatcher {
    }
}
