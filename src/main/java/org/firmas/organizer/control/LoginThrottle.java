package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after a few failures an account, or an address that tries many
 * accounts, must wait before the next attempt, and the wait doubles with each further failure.
 * Kept in memory on this node; a cluster-wide count is issue 7's.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.login.failures-per-account", defaultValue = "5")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "firmas.login.failures-per-address", defaultValue = "30")
    int failuresPerAddress;

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /** How long this attempt must wait; zero when it may go ahead. */
    public Duration waitBefore(String email, String address) {
        Instant now = clock.instant();
        Duration account = wait(byAccount.get(key(email)), failuresPerAccount, now);
        Duration origin = wait(byAddress.get(address), failuresPerAddress, now);
        return account.compareTo(origin) >= 0 ? account : origin;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        byAccount.compute(key(email), (k, seen) -> Failures.after(seen, now));
        byAddress.compute(address, (k, seen) -> Failures.after(seen, now));
        if (byAccount.size() > 100_000) {
            byAccount.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
        }
    }

    public void succeeded(String email) {
        byAccount.remove(key(email));
    }

    private static Duration wait(Failures failures, int allowed, Instant now) {
        if (failures == null || failures.count() < allowed || failures.last().plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures.count() - allowed, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        Instant until = failures.last().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
        static Failures after(Failures seen, Instant now) {
            boolean fresh = seen == null || seen.last().plus(WINDOW).isBefore(now);
            return new Failures(fresh ? 1 : seen.count() + 1, now);
        }
    }
}
