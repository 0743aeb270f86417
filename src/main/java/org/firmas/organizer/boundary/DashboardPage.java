package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.organizer.control.CampaignStatistics;
import org.firmas.organizer.control.ConsoleCampaigns;
import org.firmas.organizer.control.DailyBarChart;
import org.firmas.organizer.entity.CampaignFigures;
import org.firmas.organizer.entity.SaveResult;

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

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    CampaignStatistics statistics;

    @Inject
    Clock clock;

    private String title;
    private CampaignStatus status;
    private boolean fileManaged;
    private boolean archived;
    private CampaignFigures figures;
    private String chart;

    @Override
    protected void show(CampaignRecord row) {
        fileManaged = row.getSource() == CampaignRecord.Source.FILE;
        archived = row.getArchivedAt() != null;
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        status = definition == null ? null : definition.status();
        CampaignTexts texts = definition == null ? null : definition.texts(text.locale());
        title = texts == null ? row.getSlug() : texts.title();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(CHART_DAYS - 1);
        figures = statistics.of(row.getId(), from);
        chart = DailyBarChart.svg(figures.confirmedPerDay(), from, today, text.get("organize.dashboard.chart"), text.locale());
    }

    public void publish() throws IOException {
        changeStatus(CampaignStatus.OPEN, "organize.dashboard.published");
    }

    public void close() throws IOException {
        changeStatus(CampaignStatus.CLOSED, "organize.dashboard.closed");
    }

    public void markWon() throws IOException {
        changeStatus(CampaignStatus.WON, "organize.dashboard.won");
    }

    public void archive() {
        CampaignRecord row = campaign();
        if (row.getSource() == CampaignRecord.Source.CONSOLE) {
            campaigns.archive(row);
            message(FacesMessage.SEVERITY_INFO, text.get("organize.dashboard.archived"));
        }
        refresh();
    }

    private void changeStatus(CampaignStatus newStatus, String doneKey) {
        SaveResult result = campaigns.changeStatus(campaign(), newStatus);
        if (result instanceof SaveResult.Saved) {
            message(FacesMessage.SEVERITY_INFO, text.get(doneKey));
        } else if (result instanceof SaveResult.Invalid invalid) {
            message(FacesMessage.SEVERITY_ERROR, text.format("organize.edit.invalid", invalid.field(), text.problem(invalid)));
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

    public String getChart() {
        return chart;
    }
}
