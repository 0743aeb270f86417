package org.firmas.organizer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.LongAdder;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.organizer.control.SignatureExport;

/**
 * {@code GET /organize/signatures/{id}.csv}: a campaign's signatures as CSV, streamed. The export
 * is recorded (who, when, which campaign, how many rows) even when the download breaks off.
 */
@WebServlet("/organize/signatures/*")
public class SignatureExportServlet extends HttpServlet {

    @Inject
    CampaignAccess access;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    SignatureExport export;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredCampaign campaign = access.require(CampaignAccess.idInPath(request.getPathInfo(), ".csv"));
        long accountId = organizer.id();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + campaign.slug() + "-signatures-"
                + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv\"");
        LongAdder rows = new LongAdder();
        try {
            Writer out = response.getWriter();
            out.write('\ufeff'); // lets spreadsheet programs read the accents in names as UTF-8
            export.write(campaign.id(), out, rows);
        } catch (SQLException e) {
            throw new IOException("Export of campaign " + campaign.id() + " failed", e);
        } finally {
            export.audit(campaign.id(), accountId, rows.sum());
        }
    }
}
