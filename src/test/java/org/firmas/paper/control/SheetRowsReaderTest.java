package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.firmas.paper.boundary.PaperImportTemplate;
import org.firmas.paper.entity.SheetColumn;
import org.firmas.paper.entity.SheetRow;
import org.junit.jupiter.api.Test;

class SheetRowsReaderTest {

    private static final String HEADER = "sheet_code,event_name,event_date,event_place,collected_by,name,zip,email,phone,area\n";

    @Test
    void eachRowKeepsTheLineASpreadsheetShowsItOn() {
        String file = "# Paper signatures: one row per signer\n# another comment\n" + HEADER
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Ana García,19104,,,\n"
                + "\n"
                + "# a note between rows\n"
                + "F12-7KQ3MX,\"Table, after Mass\",2026-11-29,St. Agnes,Rosa,Luis Soto,19104,luis@example.org,,\n";

        List<SheetRow> rows = rows(file);

        assertEquals(List.of(4, 7), rows.stream().map(SheetRow::line).toList());
        assertEquals("Ana García", rows.get(0).cell(SheetColumn.NAME));
        assertEquals("Table, after Mass", rows.get(1).cell(SheetColumn.EVENT_NAME));
        assertEquals("luis@example.org", rows.get(1).cell(SheetColumn.EMAIL));
    }

    @Test
    void aSpanishSpreadsheetsSemicolonsAByteOrderMarkAndColumnsInAnyOrder() {
        String file = "\uFEFFname;zip;sheet_code;event_name;event_date;event_place;collected_by\r\n"
                + "María López;19104;F12-7KQ3MX;Mesa;2026-11-29;Santa Inés;Rosa\r\n";

        SheetRow row = rows(file).get(0);

        assertEquals(2, row.line());
        assertEquals("María López", row.cell(SheetColumn.NAME));
        assertEquals("F12-7KQ3MX", row.cell(SheetColumn.SHEET_CODE));
        assertEquals("", row.cell(SheetColumn.EMAIL), "a column the file leaves out reads as empty");
    }

    @Test
    void theTemplateSavedAgainWithSemicolonsKeepsItsNotesAsNotes() throws IOException {
        // A spreadsheet opens the template at its commas and saves it at semicolons, quoting each
        // note that has a semicolon of its own, so that line now begins with a quote, not with #.
        StringWriter saved = new StringWriter();
        try (CSVParser opened = CSVParser.parse(PaperImportTemplate.csv(12, Locale.forLanguageTag("es"), LocalDate.of(2026, 12, 6)),
                CSVFormat.DEFAULT);
             CSVPrinter printer = new CSVPrinter(saved, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            for (CSVRecord record : opened) {
                printer.printRecord(record.toList());
            }
        }
        String file = saved.toString().replace("F12-EXAMPLE", "F12-7KQ3MX");
        assertTrue(file.contains("\"# "), "the saved file has a quoted note: " + file);

        List<SheetRow> rows = rows(file);

        assertEquals(1, rows.size());
        assertEquals(6, rows.get(0).line());
        assertEquals("María José García López", rows.get(0).cell(SheetColumn.NAME));
    }

    @Test
    void aHeaderWithoutANeededColumnOrWithAnUnknownOneIsRefusedNamingThem() {
        SheetRowsReader.Unreadable refused = assertInstanceOf(SheetRowsReader.Unreadable.class,
                SheetRowsReader.read(bytes("sheet_code,event_name,event_date,event_place,collected_by,name,postcode\nx,x,x,x,x,x,x\n")));

        assertEquals("organize.paper.refused.header", refused.refusal().key());
        assertEquals(List.of("zip", "postcode"), refused.refusal().arguments());
    }

    @Test
    void filesThatAreNotSheetsAreRefusedAsAWhole() {
        assertRefused("organize.paper.refused.notUtf8", new byte[] {'n', 'a', 'm', 'e', (byte) 0xE9, '\n'});
        assertRefused("organize.paper.refused.empty", bytes("\n\n# only a comment\n"));
        assertRefused("organize.paper.refused.noRows", bytes(HEADER));
        assertRefused("organize.paper.refused.tooLarge", new byte[SheetRowsReader.MAX_BYTES + 1]);
        assertRefused("organize.paper.refused.notCsv", bytes(HEADER + "F12-7KQ3MX,\"Table,2026-11-29\n"));
        String row = "F12-7KQ3MX,T,2026-11-29,P,R,N,19104,,,\n";
        assertRefused("organize.paper.refused.tooManyRows", bytes(HEADER + row.repeat(SheetRowsReader.MAX_ROWS + 1)));
        assertEquals(SheetRowsReader.MAX_ROWS, rows(HEADER + row.repeat(SheetRowsReader.MAX_ROWS)).size());
    }

    private static void assertRefused(String key, byte[] file) {
        SheetRowsReader.Unreadable refused = assertInstanceOf(SheetRowsReader.Unreadable.class, SheetRowsReader.read(file));
        assertEquals(key, refused.refusal().key());
    }

    private static List<SheetRow> rows(String file) {
        return assertInstanceOf(SheetRowsReader.Rows.class, SheetRowsReader.read(bytes(file))).rows();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
