package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Part of /health/live: no due mail has waited longer than {@code firmas.health.outbox-max-wait-seconds}
 * past its time, or the senders are stuck. A database this node cannot reach is readiness's concern,
 * not a reason to restart the node, so the check stays up when it cannot read the outbox.
 */
@Liveness
@ApplicationScoped
public class OutboxLiveness implements HealthCheck {

    @Inject
    OutboxFigures outbox;

    @Inject
    @ConfigProperty(name = "firmas.health.outbox-max-wait-seconds")
    long maxWaitSeconds;

    @Override
    public HealthCheckResponse call() {
        Duration waited;
        try {
            waited = outbox.oldestDueWait();
        } catch (RuntimeException unreachable) {
            return HealthCheckResponse.named("outbox-moving").up()
                    .withData("reason", "outbox not readable: " + unreachable.getClass().getSimpleName()).build();
        }
        boolean moving = waited.toSeconds() <= maxWaitSeconds;
        return HealthCheckResponse.named("outbox-moving").status(moving)
                .withData("oldestDueSeconds", waited.toSeconds())
                .withData("reason", moving ? "due mail leaves in time"
                        : "a due mail has waited over " + maxWaitSeconds + " s")
                .build();
    }
}
