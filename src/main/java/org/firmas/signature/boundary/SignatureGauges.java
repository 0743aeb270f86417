package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;

/**
 * The signature figures read at each scrape: signatures held as suspect on the live campaigns
 * ({@code firmas_suspects_held}, one indexed count per campaign) and the age of the counts on show
 * ({@code firmas_counts_age_seconds}, read from memory).
 */
@ApplicationScoped
public class SignatureGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    CampaignCatalog catalog;

    @Inject
    SuspectReview suspects;

    @Inject
    SignatureCounts counts;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("firmas.suspects.held")
                .withDescription("Signatures held as suspect, waiting for an organizer, on the campaigns served").build(),
                this::suspectsHeld);
        registry.gauge(Metadata.builder().withName("firmas.counts.age.seconds")
                .withDescription("How old the signature counts on show are").build(),
                () -> counts.age().map(age -> age.toMillis() / 1000.0).orElse(Double.NaN));
    }

    private double suspectsHeld() {
        try {
            long held = 0;
            for (Campaign campaign : catalog.all()) {
                held += suspects.count(campaign.id());
            }
            return held;
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
