package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each timed job last began a round, and when its next round is due. A job whose round has
 * not come for {@code firmas.health.missed-rounds} intervals (and at least a minute) is down: its
 * timer stopped or a round hangs. A job is known from its first round on; a skipped round (the
 * previous one still at work, another node leading) still counts as a round, so a busy node is
 * never taken for a dead one.
 */
@ApplicationScoped
public class TimerRounds {

    static final Duration LEAST_GRACE = Duration.ofMinutes(1);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.health.missed-rounds")
    int missedRounds;

    private final Map<String, Instant> downAfter = new ConcurrentHashMap<>();

    /** Notes that the job begins a round now and that its next one is due at {@code next} (null: unknown). */
    public void began(String job, Instant next) {
        Instant now = clock.instant();
        Duration interval = next == null ? Duration.ZERO : Duration.between(now, next);
        Duration grace = interval.multipliedBy(Math.max(1, missedRounds));
        downAfter.put(job, now.plus(grace.compareTo(LEAST_GRACE) < 0 ? LEAST_GRACE : grace));
    }

    /** The jobs whose rounds stopped coming, by name. */
    public List<String> down() {
        Instant now = clock.instant();
        return downAfter.entrySet().stream().filter(job -> now.isAfter(job.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    /** How many jobs have begun a round so far. */
    public int known() {
        return downAfter.size();
    }
}
