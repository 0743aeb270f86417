package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.SaveResult;
import org.firmas.campaign.entity.StoredCampaign;

/**
 * Campaigns made in the console. Their definition is stored as campaign-file text; what an
 * organizer writes always goes through the same parser as a file, so the console can never save
 * what a file could not say. A saved campaign is served by this node at once and by the others at
 * their next reload. The catalog is updated by {@link ConsoleCampaignLoader} alone, here right
 * after the write has committed: a timer reload that read the row before the write cannot then
 * overwrite the newer version with the older. That is why these calls hold no transaction of their
 * own; each write in {@link ConsoleCampaignRows} commits by itself.
 */
@ApplicationScoped
public class ConsoleCampaigns {

    @Inject
    ConsoleCampaignRows rows;

    @Inject
    CampaignCatalog catalog;

    @Inject
    ConsoleCampaignLoader loader;

    public SaveResult create(String slug, String yaml, String areasCsv, long ownerId) {
        String cleanSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        CampaignDefinition definition;
        try {
            definition = CampaignTextParser.parse(cleanSlug, yaml, areasCsv);
        } catch (CampaignFileException e) {
            return CampaignMistakes.invalid(e);
        }
        if (rows.slugExists(cleanSlug)) {
            return new SaveResult.SlugTaken(cleanSlug);
        }
        long id;
        try {
            id = rows.insert(cleanSlug, yaml, areasCsv, ownerId);
        } catch (RuntimeException lostTheRace) {
            if (rows.slugExists(cleanSlug)) {
                return new SaveResult.SlugTaken(cleanSlug);
            }
            throw lostTheRace;
        }
        loader.reload();
        return new SaveResult.Saved(new Campaign(id, definition));
    }

    public SaveResult update(StoredCampaign row, String yaml, String areasCsv) {
        if (row.fromFile()) {
            return new SaveResult.FileManaged();
        }
        CampaignDefinition definition;
        try {
            definition = CampaignTextParser.parse(row.slug(), yaml, areasCsv);
        } catch (CampaignFileException e) {
            return CampaignMistakes.invalid(e);
        }
        rows.update(row.id(), yaml, areasCsv);
        loader.reload();
        return new SaveResult.Saved(new Campaign(row.id(), definition));
    }

    /**
     * Publish, close, mark won: the same definition with another status, stored as it is, and heard
     * of (webhooks) in the same transaction as the write.
     */
    public SaveResult changeStatus(StoredCampaign row, CampaignStatus status) {
        Optional<CampaignDefinition> current = definitionOf(row);
        if (row.fromFile() || current.isEmpty()) {
            return new SaveResult.FileManaged();
        }
        CampaignDefinition changed = current.get().withStatus(status);
        rows.changeStatus(row.id(), CampaignFiles.text(changed), row.areasCsv(), current.get().status(), status);
        loader.reload();
        return new SaveResult.Saved(new Campaign(row.id(), changed));
    }

    /** Closes each console campaign whose deadline has passed, as an organizer would; returns how many. */
    public int closePastDeadlines() {
        int closed = 0;
        for (Campaign campaign : catalog.openPastDeadline(CampaignRecord.Source.CONSOLE)) {
            if (rows.closeAtDeadline(campaign.id())) {
                closed++;
            }
        }
        if (closed > 0) {
            loader.reload();
        }
        return closed;
    }

    /**
     * Opens a closed or won campaign again, if its signers' data is still kept (signatures made
     * before the cutoff are erased or about to be). False when it is not finished or too late.
     */
    public boolean reopen(StoredCampaign row, Instant cutoff) {
        Optional<CampaignDefinition> current = definitionOf(row);
        if (!row.editable() || current.isEmpty() || !current.get().status().isFinished()) {
            return false;
        }
        CampaignDefinition open = current.get().withStatus(CampaignStatus.OPEN);
        boolean reopened = rows.reopen(row.id(), row.definitionText(), CampaignFiles.text(open), cutoff);
        if (reopened) {
            loader.reload();
        }
        return reopened;
    }

    /** Archived campaigns leave the public site and the delivery schedule; their signatures stay. */
    public void archive(StoredCampaign row) {
        rows.archive(row.id());
        loader.reload();
    }

    /** The definition a row stands for: a console row's text, or a file campaign as currently served. */
    public Optional<CampaignDefinition> definitionOf(StoredCampaign row) {
        if (row.fromFile()) {
            return catalog.find(row.slug()).map(Campaign::definition);
        }
        try {
            return Optional.of(CampaignTextParser.parse(row.slug(), row.definitionText(), row.areasCsv()));
        } catch (CampaignFileException e) {
            return Optional.empty();
        }
    }
}
