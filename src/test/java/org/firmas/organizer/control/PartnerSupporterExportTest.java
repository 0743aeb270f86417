package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.firmas.platform.SpreadsheetSafeCsv;
import org.firmas.signature.entity.PartnerSupporter;
import org.junit.jupiter.api.Test;

class PartnerSupporterExportTest {

    @Test
    void aSupporterIsNameEmailZipLanguageAndDateInTheHeadersOrder() {
        PartnerSupporter ana = new PartnerSupporter("Ana", "López", "ana@example.net", "19148", "es",
                Instant.parse("2026-05-01T10:15:30Z"));
        assertEquals(List.of("first_name", "last_name", "email", "zip", "language", "confirmed_at"), PartnerSupporterExport.HEADER);
        assertEquals(List.of("Ana", "López", "ana@example.net", "19148", "es", "2026-05-01T10:15:30Z"),
                PartnerSupporterExport.cells(ana));
    }

    @Test
    void aFormulaTypedAsANameStaysText() throws IOException {
        PartnerSupporter hostile = new PartnerSupporter("=HYPERLINK(\"http://evil.example\")", null, "x@example.net", null, "en", null);
        StringWriter out = new StringWriter();
        CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format());
        SpreadsheetSafeCsv.printRow(printer, PartnerSupporterExport.cells(hostile));
        printer.flush();
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\",,x@example.net,,en,\r\n", out.toString());
    }
}
