package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.control.CampaignYamlWriter;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.organizer.entity.SaveResult;

/**
 * Campaigns made in the console. Their definition is stored as campaign-file text and always goes
 * through the same parser as a file, so the console can never save what a file could not say.
 * A saved campaign is served by this node at once and by the others at their next reload. The
 * catalog is updated by {@link ConsoleCampaignLoader} alone, here right after the write: a timer
 * reload that read the row before the write cannot then overwrite the newer version with the older.
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
            return invalid(e);
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

    public SaveResult update(CampaignRecord row, String yaml, String areasCsv) {
        if (row.getSource() != CampaignRecord.Source.CONSOLE) {
            return new SaveResult.FileManaged();
        }
        CampaignDefinition definition;
        try {
            definition = CampaignTextParser.parse(row.getSlug(), yaml, areasCsv);
        } catch (CampaignFileException e) {
            return invalid(e);
        }
        rows.update(row.getId(), yaml, areasCsv);
        loader.reload();
        return new SaveResult.Saved(new Campaign(row.getId(), definition));
    }

    /** Publish, close, mark won: the same definition with another status. */
    public SaveResult changeStatus(CampaignRecord row, CampaignStatus status) {
        Optional<CampaignDefinition> current = definitionOf(row);
        if (row.getSource() != CampaignRecord.Source.CONSOLE || current.isEmpty()) {
            return new SaveResult.FileManaged();
        }
        CampaignDefinition old = current.get();
        CampaignDefinition changed = old.withStatus(status);
        return update(row, CampaignYamlWriter.write(changed, areasFileOf(changed)), row.getAreasCsv());
    }

    /**
     * Opens a closed or won campaign again, if its signers' data is still kept (signatures made
     * before the cutoff are erased or about to be). False when it is not finished or too late.
     */
    public boolean reopen(CampaignRecord row, java.time.Instant cutoff) {
        Optional<CampaignDefinition> current = definitionOf(row);
        if (row.getSource() != CampaignRecord.Source.CONSOLE || row.getArchivedAt() != null
                || current.isEmpty() || !current.get().status().isFinished()) {
            return false;
        }
        CampaignDefinition old = current.get();
        CampaignDefinition open = old.withStatus(CampaignStatus.OPEN);
        boolean reopened = rows.reopen(row.getId(), row.getDefinition(), CampaignYamlWriter.write(open, areasFileOf(open)), cutoff);
        if (reopened) {
            loader.reload();
        }
        return reopened;
    }

    private static SaveResult.Invalid invalid(CampaignFileException e) {
        List<SaveResult.Invalid> more = e.mistakes().stream().skip(1).map(ConsoleCampaigns::one).toList();
        SaveResult.Invalid first = one(e);
        return new SaveResult.Invalid(first.line(), first.field(), first.problem(), first.messageKey(), first.detail(), more);
    }

    private static SaveResult.Invalid one(CampaignFileException e) {
        Optional<String> key = switch (e.kind()) {
            case INVISIBLE_CHARACTER -> Optional.of("organize.file.invisible");
            case LINE_BREAK -> Optional.of("organize.file.lineBreak");
            case NESTED_TOO_DEEP -> Optional.of("organize.file.tooDeep");
            case TOO_LARGE -> Optional.of("organize.file.tooLarge");
            case OTHER -> Optional.empty();
        };
        return new SaveResult.Invalid(e.line(), e.field(), e.problem(), key, e.detail(), List.of());
    }

    public static String areasFileOf(CampaignDefinition definition) {
        return definition.areasByZip().isEmpty() ? null : CampaignTextParser.areasFileOf(definition.slug());
    }

    /** Archived campaigns leave the public site and the delivery schedule; their signatures stay. */
    public void archive(CampaignRecord row) {
        rows.archive(row.getId());
        loader.reload();
    }

    /** The definition a row stands for: a console row's text, or a file campaign as currently served. */
    public Optional<CampaignDefinition> definitionOf(CampaignRecord row) {
        if (row.getSource() == CampaignRecord.Source.FILE) {
            return catalog.find(row.getSlug()).map(Campaign::definition);
        }
        try {
            return Optional.of(CampaignTextParser.parse(row.getSlug(), row.getDefinition(), row.getAreasCsv()));
        } catch (CampaignFileException e) {
            return Optional.empty();
        }
    }
}
