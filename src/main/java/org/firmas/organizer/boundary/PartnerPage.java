package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.organizer.control.DailyBarChart;
import org.firmas.signature.boundary.SignatureCounts;
import org.firmas.signature.boundary.SignatureReports;
import org.firmas.signature.entity.SourceFigures;

/**
 * A partner's one page in the console: its campaign's title and public count, what the partner's
 * own link brought, and the download of its own opted-in supporters. Nothing here names an id:
 * the account says which campaign and partner it sees.
 */
@Named
@RequestScoped
public class PartnerPage {

    static final int CHART_DAYS = 30;

    @Inject
    CampaignAccess access;

    @Inject
    SignatureReports reports;

    @Inject
    SignatureCounts counts;

    @Inject
    ConsoleText text;

    @Inject
    Clock clock;

    private String title;
    private String partnerName;
    private String slug;
    private long publicCount;
    private SourceFigures figures;
    private String chart;

    public void load() {
        CampaignAccess.PartnerScope scope = access.requirePartner();
        CampaignTexts texts = scope.definition().texts(text.locale());
        title = texts == null ? scope.campaign().slug() : texts.title();
        partnerName = scope.partner().name();
        slug = scope.campaign().slug();
        publicCount = counts.confirmed(scope.campaign().id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(CHART_DAYS - 1);
        var partnerFigures = reports.ofSource(scope.campaign().id(), scope.partner().key(), from);
        figures = partnerFigures.totals();
        chart = DailyBarChart.svg(partnerFigures.confirmedPerDay(), from, today, text.get("organize.partner.chart"), text.locale());
    }

    public String getTitle() {
        return title;
    }

    /** Says whose figures these are, in the console's language. */
    public String getIntro() {
        return text.format("organize.partner.intro", partnerName);
    }

    public String getSlug() {
        return slug;
    }

    public long getPublicCount() {
        return publicCount;
    }

    public SourceFigures getFigures() {
        return figures;
    }

    public String getChart() {
        return chart;
    }
}
