package org.firmas.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.Target;

/** The campaign page and its thank-you page: texts, targets, progress and share links. */
@Named
@RequestScoped
public class CampaignPage {

    @Inject
    CampaignCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    SignatureCounts counts;

    @Inject
    RecentPublicSigners publicSigners;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    private Campaign campaign;
    private CampaignProgress progress;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String slug = CampaignUrlFilter.slugOf(request);
        Campaign preview = CampaignPreview.of(request);
        // The URL filter only forwards public campaigns; a direct hit on the .xhtml file has no slug.
        campaign = preview != null ? preview : catalog.findPublic(slug).orElseThrow(() -> new CampaignNotFoundException(slug));
        Locale locale = context.getViewRoot().getLocale();
        progress = new CampaignProgress(campaign, counts.confirmed(campaign.id()), locale, clock.instant());
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignProgress getProgress() {
        return progress;
    }

    public List<Target> getTargets() {
        return campaign.definition().targets();
    }

    public boolean isAsksPhone() {
        return campaign.definition().fields().phone();
    }

    public boolean isAsksComment() {
        return campaign.definition().fields().comment();
    }

    public List<RecentPublicSigners.PublicSigner> getRecentSigners() {
        return publicSigners.of(campaign.id());
    }

    public String getPublicUrl() {
        return baseUrl.replaceAll("/+$", "") + "/campaigns/" + campaign.slug();
    }

    public List<ShareLink> getShareLinks() {
        return ShareLink.forCampaign(progress.getTitle(), getPublicUrl());
    }
}
