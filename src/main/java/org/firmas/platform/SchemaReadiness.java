package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Part of /health/ready: the schema migrations ran to the end on this node. */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    private volatile boolean migrated;

    public void migrated() {
        migrated = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema-migrated").status(migrated)
                .withData("reason", migrated ? "migrations done" : "migrations not run yet").build();
    }
}
