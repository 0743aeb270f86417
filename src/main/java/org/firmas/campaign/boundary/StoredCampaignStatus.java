package org.firmas.campaign.boundary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignStatus;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The status a console campaign's row names now. Each node reloads its catalog every few seconds,
 * so a job that has just locked the row can hold a definition older than the row: a campaign
 * reopened meanwhile still reads as closed there. The row, read under its lock, is what decides.
 */
public final class StoredCampaignStatus {

    private StoredCampaignStatus() {
    }

    /** Empty for a campaign from a file, whose definition is not kept in the database, or a row that does not say. */
    public static Optional<CampaignStatus> of(CampaignRecord row) {
        if (row.getDefinition() == null) {
            return Optional.empty();
        }
        try {
            if (new Load(LoadSettings.builder().build()).loadFromString(row.getDefinition()) instanceof Map<?, ?> fields
                    && fields.get("status") instanceof String status) {
                return Optional.of(CampaignStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            }
        } catch (RuntimeException unreadable) {
            // A row the catalog could not read either; the catalog's own view stands.
        }
        return Optional.empty();
    }
}
