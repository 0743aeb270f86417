package org.firmas.delivery.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class OutboxLivenessTest {

    @Test
    void theOutboxIsDownOnceADueMailWaitedLongerThanTheBound() {
        assertEquals(HealthCheckResponse.Status.UP, liveness(Duration.ofSeconds(600)).call().getStatus());
        HealthCheckResponse stuck = liveness(Duration.ofSeconds(601)).call();

        assertEquals(HealthCheckResponse.Status.DOWN, stuck.getStatus());
        assertEquals("outbox-moving", stuck.getName());
        assertEquals(601L, stuck.getData().orElseThrow().get("oldestDueSeconds"));
    }

    @Test
    void anOutboxItCannotReadIsNoReasonToRestartTheNode() {
        OutboxLiveness liveness = liveness(null);

        HealthCheckResponse response = liveness.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("outbox not readable: IllegalStateException", response.getData().orElseThrow().get("reason"));
    }

    private static OutboxLiveness liveness(Duration waited) {
        OutboxLiveness liveness = new OutboxLiveness();
        liveness.maxWaitSeconds = 600;
        liveness.outbox = new OutboxFigures() {
            @Override
            public Duration oldestDueWait() {
                if (waited == null) {
                    throw new IllegalStateException("database down");
                }
                return waited;
            }
        };
        return liveness;
    }
}
