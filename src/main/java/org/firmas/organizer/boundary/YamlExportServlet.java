package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.firmas.campaign.boundary.CampaignFiles;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.organizer.control.CampaignArchive;

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
        StoredCampaign row = access.require(CampaignAccess.idInPath(path, areas ? ".areas.csv" : ".yaml"));
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        if (definition == null || (areas && definition.areasByZip().isEmpty())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String body = areas ? CampaignFiles.areasTable(row, definition) : CampaignFiles.text(definition);
        String fileName = areas ? CampaignFiles.areasFileOf(definition) : row.slug() + ".yaml";
        response.setContentType(areas ? "text/csv" : "application/yaml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.getWriter().write(body);
    }

    /** The campaign file and its areas table in one ZIP, which the upload page takes as it is. */
    private void sendArchive(StoredCampaign row, HttpServletResponse response) throws IOException {
        CampaignDefinition definition = campaigns.definitionOf(row).orElse(null);
        if (definition == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String areasFile = CampaignFiles.areasFileOf(definition);
        byte[] zip = CampaignArchive.write(row.slug(), CampaignFiles.text(definition), areasFile,
                areasFile == null ? null : CampaignFiles.areasTable(row, definition));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + row.slug() + ".zip\"");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
