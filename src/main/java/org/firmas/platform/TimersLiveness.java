package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Part of /health/live: every timed job (the outbox senders' timer among them) still begins its rounds. */
@Liveness
@ApplicationScoped
public class TimersLiveness implements HealthCheck {

    @Inject
    TimerRounds rounds;

    @Override
    public HealthCheckResponse call() {
        List<String> down = rounds.down();
        return HealthCheckResponse.named("timers")
                .status(down.isEmpty())
                .withData("jobs", rounds.known())
                .withData("reason", down.isEmpty() ? "every timed job runs its rounds"
                        : "no round for too long: " + String.join(", ", down))
                .build();
    }
}
