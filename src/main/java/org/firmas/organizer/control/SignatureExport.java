package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.organizer.entity.ExportAuditEntry;
import org.firmas.platform.SpreadsheetSafeCsv;
import org.firmas.signature.boundary.SignatureExportRows;
import org.firmas.signature.entity.ExportedSignature;

/**
 * Streams a campaign's signatures as CSV as the signature capability reads them, a page of rows at
 * a time, so a million signatures take no more memory than a thousand. Every cell goes through
 * {@link SpreadsheetSafeCsv}: a name typed as {@code =HYPERLINK(...)} stays text in a spreadsheet.
 */
@ApplicationScoped
public class SignatureExport {

    static final int FETCH_SIZE = SignatureExportRows.FETCH_SIZE;
    static final List<String> HEADER = List.of("first_name", "last_name", "email", "zip", "area", "phone", "comment",
            "language", "status", "signed_at", "confirmed_at", "listed_publicly", "wants_updates",
            "source", "partner_opt_in");

    @Inject
    SignatureExportRows rows;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Writes every row, counting them into {@code written} as they go, so a broken-off download is counted too. */
    public void write(long campaignId, Writer out, LongAdder written) throws IOException, SQLException {
        CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format());
        SpreadsheetSafeCsv.printRow(printer, HEADER);
        rows.each(campaignId, row -> {
            SpreadsheetSafeCsv.printRow(printer, cells(row));
            written.increment();
            if (written.sum() % FETCH_SIZE == 0) {
                printer.flush();
            }
        });
        printer.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW) // the export servlet holds no transaction; the entry commits after the download
    public void audit(long campaignId, long accountId, long rows) {
        em.persist(new ExportAuditEntry(campaignId, accountId, rows, clock.instant()));
    }

    /** In HEADER's order; an empty cell for a value not given. */
    static List<String> cells(ExportedSignature row) {
        return Arrays.asList(text(row.firstName()), text(row.lastName()), text(row.email()), text(row.zip()),
                text(row.area()), text(row.phone()), text(row.comment()), text(row.language()), text(row.status()),
                text(row.signedAt()), text(row.confirmedAt()), text(row.listedPublicly()), text(row.wantsUpdates()),
                text(row.source()), text(row.partnerOptIn()));
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
