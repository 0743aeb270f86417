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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.boundary.CampaignImages;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.LanguageSwitch;

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
    PaperCounts paperCounts;

    @Inject
    RecentPublicSigners publicSigners;

    @Inject
    AreaCounts areaCounts;

    @Inject
    CampaignImages images;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    /** The query parameter and hidden field that say where a signer came from. */
    static final String SOURCE = "source";

    private Campaign campaign;
    private CampaignProgress progress;
    private String source;
    private AreaChart areaChart;
    private HeaderPicture headerPicture;
    private Optional<PreviewPicture> previewPicture;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String slug = CampaignUrlFilter.slugOf(request);
        Campaign preview = CampaignPreview.of(request);
        // The URL filter only forwards public campaigns; a direct hit on the .xhtml file has no slug.
        campaign = preview != null ? preview : catalog.findPublic(slug).orElseThrow(() -> new CampaignNotFoundException(slug));
        request.setAttribute(LanguageSwitch.OFFERED, campaign.definition().texts().keySet());
        Locale locale = context.getViewRoot().getLocale();
        progress = new CampaignProgress(campaign, counts.confirmed(campaign.id()), locale, clock.instant())
                .withOnPaper(paperCounts.confirmedOnPaper(campaign.id()));
        source = SigningSources.recognized(campaign.definition(), sourceOf(request));
        if (source == null && CampaignUrlFilter.isEmbedded(request)) {
            source = SigningSources.EMBED; // a partner's own embed names the partner instead
        }
    }

    /** The page's link names the source; its form, posted back, carries it in a hidden field. */
    private static String sourceOf(HttpServletRequest request) {
        String posted = request.getParameter(DirectSigning.FORM + ":" + SOURCE);
        return posted != null ? posted : request.getParameter(SOURCE);
    }

    /** The source the page was opened with, as the campaign knows it; null for none. */
    public String getSource() {
        return source;
    }

    /** The partner whose link this is, or null. */
    public Partner getPartner() {
        return source == null ? null : campaign.definition().partner(source);
    }

    /** The partner's own opt-in in the page's language; null when there is no partner or it asks none. */
    public String getPartnerOptInText() {
        Partner partner = getPartner();
        return partner == null ? null : partner.optInText(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The language of that text, which is English when the partner wrote none in the page's. */
    public String getPartnerOptInLanguage() {
        Partner partner = getPartner();
        return partner == null ? null : partner.optInLanguage(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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

    /** Confirmed signatures by area; no rows for a campaign that routes no areas. */
    public AreaChart getAreaChart() {
        if (areaChart == null) {
            areaChart = new AreaChart(areaCounts.of(campaign), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return areaChart;
    }

    /** What the sign form asks a signer whose ZIP code straddles areas: the campaign's words, or the platform's. */
    public String getAreaQuestion() {
        String question = progress.getTexts().areaQuestion();
        return question == null || question.isBlank() ? null : question;
    }

    /** The campaign's header image, or null when it has none. */
    public HeaderPicture getHeaderPicture() {
        if (headerPicture == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            headerPicture = images.of(ImagePurpose.HEADER, campaign.id())
                    .map(image -> HeaderPicture.of(image, context.getViewRoot().getLocale().getLanguage(),
                            context.getExternalContext().getRequestContextPath()))
                    .orElse(null);
        }
        return headerPicture;
    }

    /** What link previews show of the campaign: its share image, else its header image; null when it has neither. */
    public PreviewPicture getPreviewPicture() {
        if (previewPicture == null) {
            previewPicture = PreviewPicture.of(images.of(ImagePurpose.SHARE, campaign.id()), images.of(ImagePurpose.HEADER, campaign.id()),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage(), baseUrl);
        }
        return previewPicture.orElse(null);
    }

    public String getPublicUrl() {
        return baseUrl.replaceAll("/+$", "") + "/campaigns/" + campaign.slug();
    }

    /**
     * The campaign page from a frame: the same partner (so a signer who signs there still counts
     * under it and sees its opt-in) and the frame's language, which the page's cookie may not know.
     */
    public String getFullPageUrl() {
        String partner = getPartner() == null ? "" : "source=" + source + "&";
        return getPublicUrl() + "?" + partner + "lang=" + FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public List<ShareLink> getShareLinks() {
        return ShareLink.forCampaign(progress.getTitle(), getPublicUrl());
    }
}
