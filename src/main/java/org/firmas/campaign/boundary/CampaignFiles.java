package org.firmas.campaign.boundary;

import java.util.Map;
import org.firmas.campaign.control.CampaignParser;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.control.CampaignYamlWriter;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.StoredCampaign;

/**
 * A campaign as files, for export and upload: its campaign file and the areas table beside it,
 * named as in {@code campaigns/}. YAML is only the format the files and the stored rows use.
 */
public final class CampaignFiles {

    /** The most characters a campaign file may hold. */
    public static final int MAX_FILE_CHARS = CampaignParser.MAX_FILE_CHARS;

    private CampaignFiles() {
    }

    /** The campaign file text, naming its areas table when the campaign routes by area. */
    public static String text(CampaignDefinition definition) {
        return CampaignYamlWriter.write(definition, areasFileOf(definition));
    }

    /** The campaign file text of a definition whose areas table is kept beside it as text, not yet read. */
    public static String text(CampaignDefinition definition, boolean withAreasTable) {
        return CampaignYamlWriter.write(definition, withAreasTable ? CampaignTextParser.areasFileOf(definition.slug()) : null);
    }

    /** The areas table's file name, or null when the campaign routes no areas. */
    public static String areasFileOf(CampaignDefinition definition) {
        return definition.areasByZip().isEmpty() ? null : CampaignTextParser.areasFileOf(definition.slug());
    }

    /** The stored table of a console campaign; for a file campaign, the table rebuilt from what was read. */
    public static String areasTable(StoredCampaign row, CampaignDefinition definition) {
        if (row.areasCsv() != null) {
            return row.areasCsv();
        }
        StringBuilder csv = new StringBuilder("zip,area\n");
        definition.areasByZip().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> entry.getValue().forEach(area ->
                        csv.append(entry.getKey()).append(',').append(quoteIfNeeded(area)).append('\n')));
        return csv.toString();
    }

    /** The slug an uploaded file's name gives, as for a file in {@code campaigns/}. */
    public static String slugOf(String fileName) {
        return CampaignParser.slugOf(fileName);
    }

    private static String quoteIfNeeded(String value) {
        return value.matches("[^,\"\\r\\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
