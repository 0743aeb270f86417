package org.firmas.organizer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.boundary.CampaignFileReports;
import org.firmas.campaign.boundary.ConsoleCampaignRows;
import org.firmas.campaign.entity.BrokenCampaignFile;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.signature.boundary.SignatureCounts;

/**
 * The console's front page: the campaigns this organizer may see (all of them for an admin), each
 * campaign file with mistakes among them with every mistake. A file campaign whose file was
 * removed is no longer listed; its signatures stay in the database.
 */
@Named
@RequestScoped
public class CampaignListPage {

    /** One line of the list; a broken file that never served has no id (0) and no figures. */
    public record Entry(long id, String slug, String title, String status, boolean fileManaged, boolean archived, long confirmed,
                        String brokenFile, List<String> mistakes, boolean olderVersionServed) {

        public boolean broken() {
            return !mistakes.isEmpty();
        }
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
    CampaignFileReports reports;

    @Inject
    ConsoleText text;

    private List<Entry> entries;

    @PostConstruct
    void load() {
        Locale locale = text.locale();
        List<StoredCampaign> visible = rows.visibleTo(organizer.staffId(), organizer.isAdmin());
        List<Entry> listed = new ArrayList<>();
        for (StoredCampaign row : visible) {
            Optional<Campaign> served = catalog.find(row.slug());
            Optional<BrokenCampaignFile> broken = reports.find(row.slug());
            boolean fileGone = row.fromFile() && served.isEmpty() && broken.isEmpty();
            if (!fileGone) {
                listed.add(entry(row, served, broken, locale));
            }
        }
        if (organizer.isAdmin()) {
            Set<String> withRow = visible.stream().map(StoredCampaign::slug).collect(Collectors.toSet());
            reports.broken().stream().filter(file -> !withRow.contains(file.slug()))
                    .forEach(file -> listed.add(new Entry(0, file.slug(), file.fileName(), "", true, false, 0,
                            file.fileName(), mistakes(file), false)));
            listed.sort(Comparator.comparing(Entry::slug));
        }
        entries = List.copyOf(listed);
    }

    private Entry entry(StoredCampaign row, Optional<Campaign> served, Optional<BrokenCampaignFile> broken, Locale locale) {
        String title = served.map(campaign -> campaign.definition().texts(locale).title()).orElse(row.slug());
        String status = served.map(campaign -> campaign.definition().status().name().toLowerCase(Locale.ROOT)).orElse("");
        return new Entry(row.id(), row.slug(), title, status, row.fromFile(),
                row.archived(), counts.confirmed(row.id()),
                broken.map(BrokenCampaignFile::fileName).orElse(""), broken.map(this::mistakes).orElse(List.of()),
                served.isPresent());
    }

    private List<String> mistakes(BrokenCampaignFile file) {
        return file.mistakes().stream().map(mistake -> FileMistakeText.of(mistake, text)).toList();
    }

    public List<Entry> getActive() {
        return entries.stream().filter(entry -> !entry.archived()).toList();
    }

    public List<Entry> getArchived() {
        return entries.stream().filter(Entry::archived).toList();
    }
}
