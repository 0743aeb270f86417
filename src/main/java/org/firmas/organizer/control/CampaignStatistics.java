package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.firmas.organizer.entity.CampaignFigures;
import org.firmas.signature.boundary.SignatureReports;
import org.firmas.signature.entity.SignatureFigures;
import org.firmas.signature.entity.SignatureStatus;

/** A campaign's dashboard numbers, from the figures the signature capability aggregates. */
@ApplicationScoped
public class CampaignStatistics {

    @Inject
    SignatureReports reports;

    public CampaignFigures of(long campaignId, LocalDate since) {
        SignatureFigures figures = reports.figures(campaignId, since);
        return new CampaignFigures(figures.count(SignatureStatus.CONFIRMED), figures.count(SignatureStatus.PENDING),
                figures.count(SignatureStatus.HIDDEN) + figures.count(SignatureStatus.SUSPECT), figures.submitted(),
                figures.confirmedPerDay(), shares(figures.topZips()), shares(figures.topAreas()));
    }

    private static List<CampaignFigures.Share> shares(List<SignatureFigures.Share> shares) {
        return shares.stream().map(share -> new CampaignFigures.Share(share.name(), share.count())).toList();
    }
}
