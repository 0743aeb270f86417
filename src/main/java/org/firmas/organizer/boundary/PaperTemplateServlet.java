package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.paper.boundary.PaperImportTemplate;
import org.firmas.platform.Languages;

/**
 * {@code GET /organize/paper-template/{id}.csv?lang=es}: the file to type a campaign's paper sheets
 * into, its explanations in the organizer's language (English unless Spanish is asked for).
 */
@WebServlet("/organize/paper-template/*")
public class PaperTemplateServlet extends HttpServlet {

    @Inject
    CampaignAccess access;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredCampaign campaign = access.require(CampaignAccess.idInPath(request.getPathInfo(), ".csv"));
        String asked = request.getParameter("lang");
        Locale locale = Locale.forLanguageTag(Languages.isSupported(asked) ? asked : Languages.defaultLanguage());
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + campaign.slug() + "-paper-sheets.csv\"");
        response.getWriter().write('\ufeff'); // lets spreadsheet programs read the accents as UTF-8
        response.getWriter().write(PaperImportTemplate.csv(campaign.id(), locale, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }
}
