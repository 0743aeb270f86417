package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = throttle(clock);

    @Test
    void fiveFailuresLockTheAccountForThirtySecondsThenTwiceAsLong() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Ana@Example.org", "10.0.0." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "10.0.0.9"));

        throttle.failed("ana@example.org", "10.0.0.5");
        assertEquals(Duration.ofSeconds(30), throttle.waitBefore("ANA@example.org", "10.0.0.9"), "any address, any case");

        clock.advance(Duration.ofSeconds(31));
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "10.0.0.9"));
        throttle.failed("ana@example.org", "10.0.0.9");
        assertEquals(Duration.ofSeconds(60), throttle.waitBefore("ana@example.org", "10.0.0.9"));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("person" + i + "@example.org", "203.0.113.7");
        }
        assertTrue(throttle.waitBefore("someone.new@example.org", "203.0.113.7").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore("someone.new@example.org", "198.51.100.1"));
    }

    @Test
    void successClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ana@example.org", "10.0.0.1");
        }
        throttle.succeeded("ana@example.org");
        throttle.failed("ana@example.org", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "10.0.0.2"));
    }

    private static LoginThrottle throttle(Clock clock) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.clock = clock;
        throttle.failuresPerAccount = 5;
        throttle.failuresPerAddress = 30;
        return throttle;
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
