package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.platform.SharedBuckets;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = throttle();

    @Test
    void aGuessedAccountSlowsTheClientsThatFailedThereAndNobodyElse() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "203.0.113.7"), "attempt " + (i + 1));
            throttle.failed("Ana@Example.org", "203.0.113.7");
        }

        assertTrue(throttle.waitBefore("ANA@example.org", "203.0.113.7").toSeconds() > 0, "the guesser waits, in any case");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "198.51.100.1"), "a client that has not failed goes ahead");
        assertEquals(Duration.ZERO, throttle.waitBefore("bea@example.org", "203.0.113.7"), "another account from the guesser's address");
    }

    @Test
    void aFailureAtAnAccountNobodyGuessesSlowsNobody() {
        throttle.failed("ana@example.org", "203.0.113.7");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "203.0.113.7"));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowed() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("person" + i + "@example.org", "203.0.113.7");
        }
        assertTrue(throttle.waitBefore("someone.new@example.org", "203.0.113.7").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore("someone.new@example.org", "198.51.100.1"));
    }

    private static LoginThrottle throttle() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.buckets = new SharedBuckets();
        throttle.accounts = new Accounts() {
            @Override
            public Optional<OrganizerAccount> byEmail(String email) {
                return Optional.empty();
            }
        };
        throttle.failuresPerAccount = 5;
        throttle.failuresPerAddress = 30;
        throttle.readLimits();
        return throttle;
    }
}
