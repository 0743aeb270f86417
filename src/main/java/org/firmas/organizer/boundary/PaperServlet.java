package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.campaign.entity.Target;
import org.firmas.organizer.control.SignatureExport;
import org.firmas.paper.boundary.OfficialPackets;
import org.firmas.paper.boundary.SignatureSheets;
import org.firmas.paper.entity.SheetCode;

/**
 * The console's printouts, for a campaign the caller may see: {@code /organize/paper/sheet.pdf?campaign=42&lang=es}
 * is a blank signature sheet under a new code, {@code packet.pdf?campaign=42&target=0} the first
 * official's delivery packet. A packet names signers, so its download is recorded like a CSV export.
 */
@WebServlet("/organize/paper/*")
public class PaperServlet extends HttpServlet {

    @Inject
    CampaignAccess access;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    SignatureSheets sheets;

    @Inject
    OfficialPackets packets;

    @Inject
    SignatureExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (!"/sheet.pdf".equals(path) && !"/packet.pdf".equals(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredCampaign row = access.require(number(request.getParameter("campaign")));
        CampaignDefinition campaign = campaigns.definitionOf(row).orElse(null);
        if (campaign == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (path.equals("/sheet.pdf")) {
            sendSheet(row, campaign, request.getParameter("lang"), response);
        } else {
            sendPacket(row, campaign, number(request.getParameter("target")), response);
        }
    }

    private void sendSheet(StoredCampaign row, CampaignDefinition campaign, String language, HttpServletResponse response)
            throws IOException {
        if (!SignatureSheets.printsIn(campaign, language)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SheetCode code = SheetCode.issue(row.id());
        // Drawn whole before the first byte goes out, so a failure is still an error page, not half a file.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        sheets.write(campaign, code, language, pdf);
        send(response, row.slug() + "-sheet-" + code + ".pdf");
        pdf.writeTo(response.getOutputStream());
    }

    private void sendPacket(StoredCampaign row, CampaignDefinition campaign, Long index, HttpServletResponse response)
            throws IOException {
        List<Target> targets = campaign.targets();
        if (index == null || index >= targets.size()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long accountId = organizer.id();
        send(response, row.slug() + "-packet-" + (index + 1) + ".pdf");
        long listed = 0;
        try {
            listed = packets.write(row.id(), campaign, targets.get(index.intValue()), response.getOutputStream());
        } finally {
            export.audit(row.id(), accountId, listed);
        }
    }

    private static void send(HttpServletResponse response, String fileName) {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static Long number(String text) {
        return text != null && text.matches("\\d{1,9}") ? Long.valueOf(text) : null;
    }
}
