package org.firmas.campaign.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.firmas.campaign.entity.FileProblem.Kind;

/**
 * Reads a campaign's ZIP-to-area table: a CSV file with the header {@code zip,area}. A ZIP code on
 * several rows with different areas straddles them: each is a candidate, in the table's order, and
 * the signer chooses. The same row twice says nothing new and counts once.
 */
final class AreaTableReader {

    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    /** What a signature's area column holds. */
    static final int MAX_AREA_CHARS = 100;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .get();

    private AreaTableReader() {
    }

    static Map<String, List<String>> read(String file, String content) throws CampaignFileException {
        Map<String, Set<String>> areas = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(CampaignTextRules.withoutByteOrderMark(content)), FORMAT)) {
            if (!parser.getHeaderNames().contains("zip") || !parser.getHeaderNames().contains("area")) {
                throw new CampaignFileException(file, 1, "", Kind.AREAS_HEADER);
            }
            for (CSVRecord row : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String zip = row.isMapped("zip") && row.isSet("zip") ? row.get("zip") : "";
                String area = row.isMapped("area") && row.isSet("area") ? row.get("area") : "";
                if (!ZIP.matcher(zip).matches()) {
                    throw new CampaignFileException(file, line, "zip", Kind.NOT_A_ZIP, zip);
                }
                if (area.isEmpty()) {
                    throw new CampaignFileException(file, line, "area", Kind.REQUIRED);
                }
                if (area.length() > MAX_AREA_CHARS) {
                    throw new CampaignFileException(file, line, "area", Kind.TOO_LONG, area.length(), MAX_AREA_CHARS);
                }
                Optional<CampaignTextRules.Breach> breach = CampaignTextRules.inOneLine(area);
                if (breach.isPresent()) {
                    throw breach.get().at(file, line, "area");
                }
                areas.computeIfAbsent(zip, candidates -> new LinkedHashSet<>()).add(area);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new CampaignFileException(file, 1, "", Kind.NOT_CSV, String.valueOf(e.getMessage()));
        }
        Map<String, List<String>> read = new HashMap<>();
        areas.forEach((zip, candidates) -> read.put(zip, List.copyOf(candidates)));
        return Map.copyOf(read);
    }
}
