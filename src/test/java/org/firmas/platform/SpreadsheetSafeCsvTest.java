package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeCsvTest {

    @ParameterizedTest(name = "[{0}] stays [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Rosa                | Rosa",
            "José Núñez-O'Brien  | José Núñez-O'Brien",
            "Smith, Jr.          | Smith, Jr.",
            "María; Ana          | María; Ana",
            "+1 (215) 555-0100   | '+1 (215) 555-0100",
            "=1+1                | '=1+1",
            "-2+3                | '-2+3",
            "@SUM(A1:A9)         | '@SUM(A1:A9)",
            "Ana;=1+1            | Ana;'=1+1",
            "Ana,=1+1            | Ana,'=1+1",
            "Ana;  =1+1          | Ana;'  =1+1",
            "Ana;\"=1+1\"        | Ana;'\"=1+1\"",
            "=1;+2,@3            | '=1;'+2,'@3",
            "` =1+1`             | ' =1+1"})
    void guardsEveryPartASpreadsheetCouldSplitOff(String typed, String exported) {
        assertEquals(exported, SpreadsheetSafeCsv.neutralize(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tcmd", "\rcmd", "a comment\n=1+1", "a comment\r\n-1", "tab\t@x"})
    void guardsWhatFollowsATabOrALineBreak(String typed) {
        String exported = SpreadsheetSafeCsv.neutralize(typed);

        for (String part : exported.split("[,;\t\r\n]")) {
            assertFalse(part.matches("[ \"]*[=+\\-@].*"), "a part a spreadsheet would run: " + part + " of " + exported);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana;=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "a comment\r\n=1+1", ""})
    void theExportStaysACsvThatReadsBackCellByCell(String typed) throws IOException {
        StringWriter out = new StringWriter();
        CSVPrinter printer = new CSVPrinter(out, SpreadsheetSafeCsv.format());

        SpreadsheetSafeCsv.printRow(printer, List.of("first", typed, "last"));
        printer.flush();

        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), SpreadsheetSafeCsv.format())) {
            assertEquals(List.of("first", SpreadsheetSafeCsv.neutralize(typed), "last"), parser.getRecords().get(0).toList());
        }
    }
}
