package org.firmas.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesPerAttemptFromTheBase() {
        Backoff middle = new Backoff(30, () -> 0.5);
        assertEquals(Duration.ofSeconds(30), middle.after(1));
        assertEquals(Duration.ofSeconds(60), middle.after(2));
        assertEquals(Duration.ofSeconds(240), middle.after(4));
    }

    @Test
    void isCappedAtAnHourHoweverManyAttempts() {
        Backoff middle = new Backoff(30, () -> 0.5);
        assertEquals(Duration.ofHours(1), middle.after(8));
        assertEquals(Duration.ofHours(1), middle.after(500));
    }

    @Test
    void isSpreadByHalfEitherWay() {
        assertEquals(Duration.ofSeconds(15), new Backoff(30, () -> 0.0).after(1));
        assertEquals(Duration.ofMillis(44_970), new Backoff(30, () -> 0.999).after(1));
    }
}
