package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.firmas.campaign.control.CampaignYamlWriter;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.organizer.control.CampaignArchive;
import org.firmas.organizer.control.ConsoleCampaigns;

/**
 * {@code GET /organize/yaml/{id}.yaml}: any campaign as a campaign file, ready to be put in
 * {@code campaigns/} or uploaded again; {@code {id}.areas.csv} is its areas table, and
 * {@code {id}.zip} both in one file, the download for a campaign that routes by area.
 */
@WebServlet("/organize/yaml/*")
public class YamlExportServlet extends HttpServlet {

    @Inject
    CampaignAccess access;

    @Inject
    ConsoleCampaigns campaigns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path != null && path.endsWith(".zip")) {
            sendArchive(access.require(CampaignAccess.idInPath(path, ".zip")), response);
            return;
        }
        boolean areas = path != null && path.endsWith(".areas.csv");
        CampaignRecord row = access.require(CampaignAccess.idInPath(path, areas ? ".areas.csv" : ".yaml"));
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        if (definition == null || (areas && definition.areasByZip().isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String body = areas ? areasTable(row, definition) : CampaignYamlWriter.write(definition, ConsoleCampaigns.areasFileOf(definition));
        String fileName = areas ? ConsoleCampaigns.areasFileOf(definition) : row.getSlug() + ".yaml";
        response.setContentType(areas ? "text/csv" : "application/yaml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.getWriter().write(body);
    }

    /** The campaign file and its areas table in one ZIP, which the upload page takes as it is. */
    private void sendArchive(CampaignRecord row, HttpServletResponse response) throws IOException {
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        if (definition == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String areasFile = ConsoleCampaigns.areasFileOf(definition);
        byte[] zip = CampaignArchive.write(row.getSlug(), CampaignYamlWriter.write(definition, areasFile), areasFile,
                areasFile == null ? null : areasTable(row, definition));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + row.getSlug() + ".zip\"");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }

    /** The stored table of a console campaign; for a file campaign, the table rebuilt from what was read. */
    private static String areasTable(CampaignRecord row, CampaignDefinition definition) {
        if (row.getAreasCsv() != null) {
            return row.getAreasCsv();
        }
        StringBuilder csv = new StringBuilder("zip,area\n");
        definition.areasByZip().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> csv.append(entry.getKey()).append(',').append(quoteIfNeeded(entry.getValue())).append('\n'));
        return csv.toString();
    }

    private static String quoteIfNeeded(String value) {
        return value.matches("[^,\"\\r\\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
