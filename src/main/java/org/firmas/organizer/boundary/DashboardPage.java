package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.SaveResult;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.organizer.control.CampaignStatistics;
import org.firmas.organizer.control.DailyBarChart;
import org.firmas.organizer.control.ReopenWindow;
import org.firmas.organizer.entity.CampaignFigures;
import org.firmas.signature.boundary.PaperSignatures;

/**
 * One campaign's page in the console: its figures and chart, and the buttons that move it
 * through its life (publish, close, mark won, archive). The id is taken from the first request
 * only and kept on the server, and every action checks access again.
 */
@Named
@ViewScoped
public class DashboardPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;
    static final int CHART_DAYS = 30;
    static final String CONFIRM_CLOSE = "close";
    static final String CONFIRM_WON = "won";
    static final String CONFIRM_REOPEN = "reopen";

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    CampaignStatistics statistics;

    @Inject
    Clock clock;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ReopenWindow reopenWindow;

    @Inject
    PaperSignatures paper;

    private String title;
    private CampaignStatus status;
    private boolean fileManaged;
    private boolean archived;
    private CampaignFigures figures;
    private String chart;
    private String confirming;
    private boolean finalBatch;
    private boolean routedByArea;
    private ReopenWindow.State reopenState;
    private String deadlineText;
    private List<String> embedOrigins;
    private List<Partner> partners;
    private List<PaperLinks.Link> paperLinks;
    private long onPaper;

    @Override
    protected void show(StoredCampaign row) {
        fileManaged = row.fromFile();
        archived = row.archived();
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        status = definition == null ? null : definition.status();
        finalBatch = definition != null && definition.delivery().finalBatch();
        routedByArea = definition != null && !definition.areasByZip().isEmpty();
        embedOrigins = definition == null ? List.of() : definition.embedOrigins();
        partners = definition == null ? List.of() : definition.partners();
        paperLinks = definition == null ? List.of() : PaperLinks.of(row.id(), definition, text);
        CampaignTexts texts = definition == null ? null : definition.texts(text.locale());
        title = texts == null ? row.slug() : texts.title();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(CHART_DAYS - 1);
        figures = statistics.of(row.id(), from);
        onPaper = paper.confirmedOnPaper(row.id());
        chart = DailyBarChart.svg(figures.confirmedPerDay(), from, today, text.get("organize.dashboard.chart"), text.locale());
        reopenState = status != null && status.isFinished() ? reopenWindow.of(row.id()) : null;
        deadlineText = definition == null ? null : DeadlineText.of(definition, clock.instant(), text);
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void publish() {
        changeStatus(EnumSet.of(CampaignStatus.DRAFT), CampaignStatus.OPEN, ConsoleOutcome.PUBLISHED);
    }

    /** The Confirm button of the confirmation step: does what the step said it would. */
    public void confirm() {
        switch (confirming == null ? "" : confirming) {
            case CONFIRM_CLOSE -> changeStatus(EnumSet.of(CampaignStatus.OPEN), CampaignStatus.CLOSED, ConsoleOutcome.CLOSED);
            case CONFIRM_WON -> changeStatus(EnumSet.of(CampaignStatus.OPEN, CampaignStatus.CLOSED), CampaignStatus.WON, ConsoleOutcome.WON);
            case CONFIRM_REOPEN -> reopen();
            default -> redirectWith("");
        }
    }

    private void reopen() {
        if (!organizer.isAdmin()) {
            throw new NotAllowedException();
        }
        StoredCampaign row = campaign();
        // Opened again past its deadline, it would close itself at once.
        if (campaigns.definitionOf(row).map(closed -> closed.withStatus(CampaignStatus.OPEN).pastDeadline(clock.instant())).orElse(false)) {
            redirectAfter(ConsoleOutcome.PAST_DEADLINE);
            return;
        }
        boolean reopened = campaigns.reopen(row, reopenWindow.cutoff());
        redirectAfter(reopened ? ConsoleOutcome.REOPENED : ConsoleOutcome.NOT_REOPENED);
    }

    public void archive() {
        StoredCampaign row = campaign();
        if (row.editable()) {
            campaigns.archive(row);
            redirectAfter(ConsoleOutcome.ARCHIVED);
        } else {
            redirectAfter(ConsoleOutcome.UNCHANGED);
        }
    }

    /**
     * Moves the campaign from one status to another, read again from the database: a second post
     * of the same button (another tab, a double click) finds the campaign moved and changes nothing.
     */
    private void changeStatus(Set<CampaignStatus> from, CampaignStatus to, ConsoleOutcome done) {
        StoredCampaign row = campaign();
        CampaignStatus now = campaigns.definitionOf(row).map(CampaignDefinition::status).orElse(null);
        if (now == null || !from.contains(now) || row.archived()) {
            redirectAfter(ConsoleOutcome.UNCHANGED);
            return;
        }
        SaveResult result = campaigns.changeStatus(row, to);
        if (result instanceof SaveResult.Saved) {
            redirectAfter(done);
            return;
        }
        if (result instanceof SaveResult.Invalid invalid) {
            message(FacesMessage.SEVERITY_ERROR, text.format("organize.edit.invalid", invalid.field(), text.problem(invalid.problem())));
        } else {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.campaign.fileManaged"));
        }
        refresh();
    }

    public boolean isSaved() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return "true".equals(external.getRequestParameterMap().get("saved"));
    }

    public boolean isEditable() {
        return !fileManaged && !archived;
    }

    public boolean isCanPublish() {
        return isEditable() && status == CampaignStatus.DRAFT;
    }

    public boolean isCanClose() {
        return isEditable() && status == CampaignStatus.OPEN;
    }

    public boolean isCanMarkWon() {
        return isEditable() && (status == CampaignStatus.OPEN || status == CampaignStatus.CLOSED);
    }

    /** A finished console campaign whose signers' data is still kept. */
    public boolean isReopenable() {
        return isEditable() && reopenState instanceof ReopenWindow.State.Open;
    }

    /** Reopening is for admins. */
    public boolean isCanReopen() {
        return isReopenable() && organizer.isAdmin();
    }

    /** A finished campaign whose signers' data is erased: the page says why it cannot be reopened. */
    public boolean isErased() {
        return isEditable() && reopenState instanceof ReopenWindow.State.Erased;
    }

    /** Until when an admin may reopen it, as a date; empty while retention has not yet noted the closing. */
    public String getReopenUntil() {
        return reopenState instanceof ReopenWindow.State.Open open
                ? open.until().map(until -> until.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("") : "";
    }

    public String getReopenUntilText() {
        return text.format("organize.dashboard.reopenUntil", getReopenUntil());
    }

    public String getErasedText() {
        return text.format("organize.dashboard.erased", reopenWindow.retentionDays());
    }

    public String getRetentionText() {
        return text.format("organize.confirm.retention", reopenWindow.retentionDays());
    }

    /** Which confirmation step the page shows: close, won or reopen, when that action is possible now. */
    public String getConfirmStep() {
        if (CONFIRM_CLOSE.equals(confirming) && isCanClose() || CONFIRM_WON.equals(confirming) && isCanMarkWon()
                || CONFIRM_REOPEN.equals(confirming) && isCanReopen()) {
            return confirming;
        }
        return "";
    }

    /** Whether the campaign sends officials a final batch when it closes, which the close step mentions. */
    public boolean isFinalBatch() {
        return finalBatch;
    }

    /** A campaign that routes by area exports as a ZIP, its file and its areas table together. */
    /** The sites that may show the campaign's sign form in a frame. */
    public List<String> getEmbedOrigins() {
        return embedOrigins;
    }

    /** The campaign's partners, each shown with its own link and frame. */
    public List<Partner> getPartners() {
        return partners;
    }

    public List<PaperLinks.Link> getPaperLinks() {
        return paperLinks;
    }

    public boolean isRoutedByArea() {
        return routedByArea;
    }

    public String getConfirming() {
        return confirming;
    }

    public void setConfirming(String confirming) {
        if (this.confirming == null) {
            this.confirming = confirming;
        }
    }

    public boolean isCanArchive() {
        return isEditable() && status != CampaignStatus.OPEN;
    }

    public String getStatusName() {
        return status == null ? "" : status.name().toLowerCase(Locale.ROOT);
    }

    public String getTitle() {
        return title;
    }

    public boolean isFileManaged() {
        return fileManaged;
    }

    public boolean isArchived() {
        return archived;
    }

    public CampaignFigures getFigures() {
        return figures;
    }

    public String getConversion() {
        return String.format(text.locale(), "%.1f %%", figures.conversionPercent());
    }

    /** "of which 200 on paper" under the confirmed count; empty when none were signed on paper. */
    public String getOnPaperText() {
        return onPaper == 0 ? "" : text.format("organize.dashboard.onPaper", onPaper);
    }

    public String getChart() {
        return chart;
    }
}
