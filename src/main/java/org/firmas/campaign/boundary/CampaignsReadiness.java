package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of /health/ready: the campaigns are loaded, from the campaign folder and from the console's
 * rows, at least once. Later reloads that fail keep the campaigns already served, so they do not
 * make the node unready (the database check says when the database is the cause).
 */
@Readiness
@ApplicationScoped
public class CampaignsReadiness implements HealthCheck {

    private volatile boolean filesRead;
    private volatile boolean consoleRead;

    public void filesRead() {
        filesRead = true;
    }

    public void consoleRead() {
        consoleRead = true;
    }

    @Override
    public HealthCheckResponse call() {
        String reason = filesRead && consoleRead ? "campaigns loaded"
                : filesRead ? "console campaigns not loaded yet" : "campaign folder not read yet";
        return HealthCheckResponse.named("campaigns-loaded").status(filesRead && consoleRead).withData("reason", reason).build();
    }
}
