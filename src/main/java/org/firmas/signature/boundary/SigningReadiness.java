package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.firmas.signature.control.WriteOutcomes;

/**
 * Part of the server's /health/ready: a node whose signature commits fail is not ready, so a load
 * balancer stops sending signers to it instead of having them asked to try again.
 */
@Readiness
@ApplicationScoped
public class SigningReadiness implements HealthCheck {

    @Inject
    WriteOutcomes outcomes;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("signatures-stored").status(outcomes.storing()).build();
    }
}
