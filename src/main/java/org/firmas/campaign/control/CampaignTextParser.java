package org.firmas.campaign.control;

import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;

/**
 * Reads a definition kept as text, in the database rather than on disk: the same parser as for
 * files, with the campaign's areas table (if any) standing in for the file beside it.
 */
public final class CampaignTextParser {

    private CampaignTextParser() {
    }

    public static CampaignDefinition parse(String slug, String yaml, String areasCsv) throws CampaignFileException {
        return CampaignParser.parse(slug + ".yaml", yaml == null ? "" : yaml,
                name -> areasCsv == null || areasCsv.isBlank() ? Optional.empty() : Optional.of(areasCsv));
    }

    public static String areasFileOf(String slug) {
        return slug + ".areas.csv";
    }
}
