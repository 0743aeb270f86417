package org.firmas.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.boundary.CampaignCatalog;

/** The front page: open campaigns first, finished ones (won or closed) listed apart. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CampaignCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    SignatureCounts counts;

    private List<CampaignProgress> campaigns;

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        campaigns = catalog.allPublic().stream()
                .map(campaign -> new CampaignProgress(campaign, counts.confirmed(campaign.id()), locale, clock.instant()))
                .toList();
    }

    public List<CampaignProgress> getOpenCampaigns() {
        return campaigns.stream().filter(CampaignProgress::isOpen).toList();
    }

    public List<CampaignProgress> getFinishedCampaigns() {
        return campaigns.stream().filter(campaign -> !campaign.isOpen()).toList();
    }
}
