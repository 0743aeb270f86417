package org.firmas.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that spreadsheets open as text: a cell starting with = + - @ (or a tab or carriage return)
 * would otherwise run as a formula, so it gets a leading apostrophe (OWASP's advice).
 */
public final class SpreadsheetSafeCsv {

    private SpreadsheetSafeCsv() {
    }

    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** Writes one row, every cell neutralized. */
    public static void printRow(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetSafeCsv::neutralize).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CSVFormat format() {
        return CSVFormat.RFC4180;
    }
}
