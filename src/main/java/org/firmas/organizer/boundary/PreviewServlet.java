package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.signature.boundary.CampaignPreview;

/**
 * {@code GET /organize/preview/{id}}: the campaign as supporters will see it. Only GET is served,
 * so the sign form in a preview can never record a signature.
 */
@WebServlet("/organize/preview/*")
public class PreviewServlet extends HttpServlet {

    @Inject
    CampaignAccess access;

    @Inject
    ConsoleCampaigns campaigns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        StoredCampaign row = access.require(CampaignAccess.idInPath(request.getPathInfo(), ""));
        var definition = campaigns.definitionOf(row);
        if (definition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CampaignPreview.show(new Campaign(row.id(), definition.get()), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
