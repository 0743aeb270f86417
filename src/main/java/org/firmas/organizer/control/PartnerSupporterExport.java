package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.platform.SpreadsheetSafeCsv;
import org.firmas.signature.boundary.SignatureExportRows;
import org.firmas.signature.entity.PartnerSupporter;

/**
 * Streams a partner's own opted-in supporters as CSV: only what the partner needs to write to them,
 * every cell spreadsheet-safe like the organizer's export.
 */
@ApplicationScoped
public class PartnerSupporterExport {

    static final List<String> HEADER = List.of("first_name", "last_name", "email", "zip", "language", "confirmed_at");

    @Inject
    SignatureExportRows rows;

    @Inject
    SignatureExport audit;

    public void write(long campaignId, String partnerKey, Writer out, LongAdder written) throws IOException, SQLException {
        CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format());
        SpreadsheetSafeCsv.printRow(printer, HEADER);
        rows.eachPartnerSupporter(campaignId, partnerKey, supporter -> {
            SpreadsheetSafeCsv.printRow(printer, cells(supporter));
            written.increment();
            if (written.sum() % SignatureExport.FETCH_SIZE == 0) {
                printer.flush();
            }
        });
        printer.flush();
    }

    /** Written to the same trail as every other export. */
    public void audit(long campaignId, long accountId, long rowCount) {
        audit.audit(campaignId, accountId, rowCount);
    }

    static List<String> cells(PartnerSupporter supporter) {
        return Arrays.asList(text(supporter.firstName()), text(supporter.lastName()), text(supporter.email()),
                text(supporter.zip()), text(supporter.language()),
                supporter.confirmedAt() == null ? "" : supporter.confirmedAt().toString());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
