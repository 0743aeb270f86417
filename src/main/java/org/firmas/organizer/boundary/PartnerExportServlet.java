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
import org.firmas.organizer.control.PartnerSupporterExport;

/**
 * {@code GET /organize/partner/supporters.csv}: a partner's own opted-in, confirmed supporters as
 * CSV. The account names the campaign and partner; the download is audited like any export.
 */
@WebServlet(PartnerExportServlet.PATH)
public class PartnerExportServlet extends HttpServlet {

    static final String PATH = "/organize/partner/supporters.csv";

    @Inject
    CampaignAccess access;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    PartnerSupporterExport export;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CampaignAccess.PartnerScope scope = access.requirePartner();
        long campaignId = scope.campaign().id();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + scope.campaign().slug() + "-" + scope.partner().key()
                + "-supporters-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv\"");
        LongAdder rows = new LongAdder();
        try {
            Writer out = response.getWriter();
            out.write('\ufeff'); // lets spreadsheet programs read the accents in names as UTF-8
            export.write(campaignId, scope.partner().key(), out, rows);
        } catch (SQLException e) {
            throw new IOException("Partner export of campaign " + campaignId + " failed", e);
        } finally {
            export.audit(campaignId, organizer.id(), rows.sum());
        }
    }
}
