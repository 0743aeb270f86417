package org.firmas.organizer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.organizer.control.ConsoleCampaignRows;
import org.firmas.signature.boundary.SignatureCounts;

/** The console's front page: the campaigns this organizer may see (all of them for an admin). */
@Named
@RequestScoped
public class CampaignListPage {

    /** One line of the list. */
    public record Entry(long id, String slug, String title, String status, boolean fileManaged, boolean archived, long confirmed) {
    }

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleCampaignRows rows;

    @Inject
    CampaignCatalog catalog;

    @Inject
    SignatureCounts counts;

    @Inject
    ConsoleText text;

    private List<Entry> entries;

    @PostConstruct
    void load() {
        Locale locale = text.locale();
        entries = rows.visibleTo(organizer.id(), organizer.isAdmin()).stream()
                .map(row -> entry(row, catalog.find(row.getSlug()), locale))
                .toList();
    }

    private Entry entry(CampaignRecord row, Optional<Campaign> served, Locale locale) {
        String title = served.map(campaign -> campaign.definition().texts(locale).title()).orElse(row.getSlug());
        String status = served.map(campaign -> campaign.definition().status().name().toLowerCase(Locale.ROOT)).orElse("");
        return new Entry(row.getId(), row.getSlug(), title, status, row.getSource() == CampaignRecord.Source.FILE,
                row.getArchivedAt() != null, counts.confirmed(row.getId()));
    }

    public List<Entry> getActive() {
        return entries.stream().filter(entry -> !entry.archived()).toList();
    }

    public List<Entry> getArchived() {
        return entries.stream().filter(Entry::archived).toList();
    }
}
