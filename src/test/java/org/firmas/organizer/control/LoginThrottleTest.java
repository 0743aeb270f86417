package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.platform.SharedBuckets;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Optional<String> NO_DEVICE = Optional.empty();

    private final LoginThrottle throttle = throttle();

    @Test
    void aGuessedAccountSlowsTheClientsThatFailedThereAndNobodyElse() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "203.0.113.7", NO_DEVICE), "attempt " + (i + 1));
            throttle.failed("Ana@Example.org", "203.0.113.7", NO_DEVICE);
        }

        assertTrue(throttle.waitBefore("ANA@example.org", "203.0.113.7", NO_DEVICE).toSeconds() > 0, "the guesser waits, in any case");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "198.51.100.1", NO_DEVICE), "a client that has not failed goes ahead");
        assertEquals(Duration.ZERO, throttle.waitBefore("bea@example.org", "203.0.113.7", NO_DEVICE), "another account from the guesser's address");
    }

    @Test
    void aFailureAtAnAccountNobodyGuessesSlowsNobody() {
        throttle.failed("ana@example.org", "203.0.113.7", NO_DEVICE);
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "203.0.113.7", NO_DEVICE));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowed() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("person" + i + "@example.org", "203.0.113.7", NO_DEVICE);
        }
        assertTrue(throttle.waitBefore("someone.new@example.org", "203.0.113.7", NO_DEVICE).toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore("someone.new@example.org", "198.51.100.1", NO_DEVICE));
    }

    @Test
    void aKnownDeviceGoesAheadWhateverOthersDidFromItsAddressUntilItFailsItself() {
        for (int i = 0; i < 30; i++) {
            throttle.failed(i < 5 ? "ana@example.org" : "person" + i + "@example.org", "203.0.113.7", NO_DEVICE);
        }
        Optional<String> device = Optional.of("ana-laptop");
        assertTrue(throttle.waitBefore("ana@example.org", "203.0.113.7", NO_DEVICE).toSeconds() > 0, "the address waits");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "203.0.113.7", device), "the device goes ahead");

        for (int i = 0; i < 5; i++) {
            throttle.failed("ana@example.org", "198.51.100.1", device);
        }

        assertTrue(throttle.waitBefore("ana@example.org", "203.0.113.7", device).toSeconds() > 0,
                "after its own failures the device counts as absent");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "198.51.100.1", NO_DEVICE),
                "its failures were not counted at the address it used");
    }

    @Test
    void anIpv6ClientIsKnownByItsSlash64() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana@example.org", "2001:db8:1:2::" + (i + 1), NO_DEVICE);
        }

        assertTrue(throttle.waitBefore("ana@example.org", "2001:db8:1:2:ffff::99", NO_DEVICE).toSeconds() > 0,
                "another address in the same /64 is the same client");
        assertEquals(Duration.ZERO, throttle.waitBefore("ana@example.org", "2001:db8:1:3::1", NO_DEVICE), "the next /64 is not");
    }

    @Test
    void oneIpv6NetworkTryingManyAccountsIsSlowedWhicheverAddressItPicks() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("person" + i + "@example.org", "2001:db8:1:2::" + Integer.toHexString(i + 1), NO_DEVICE);
        }
        assertTrue(throttle.waitBefore("someone.new@example.org", "2001:db8:1:2::beef", NO_DEVICE).toSeconds() > 0);
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
