package org.firmas.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that spreadsheets open as text. A cell starting with = + - @ (or a tab or carriage return)
 * would run as a formula, so it gets a leading apostrophe (OWASP's advice). A spreadsheet set to
 * split on ; or , (or on tabs, or lines) without honouring the quotes cuts a cell into parts, and
 * each part is a cell of its own: every part that would start a formula gets the apostrophe too,
 * so {@code Ana;=1+1} is exported as {@code Ana;'=1+1}.
 */
public final class SpreadsheetSafeCsv {

    private static final String SPLITS = ",;\t\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafeCsv() {
    }

    public static String neutralize(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(cell.length() + 1);
        for (int i = 0; i < cell.length(); i++) {
            boolean partStarts = i == 0 || SPLITS.indexOf(cell.charAt(i - 1)) >= 0;
            if (partStarts && startsFormula(cell, i)) {
                safe.append('\'');
            }
            safe.append(cell.charAt(i));
        }
        return safe.toString();
    }

    /** Spaces and quotes before a formula do not stop a spreadsheet from running it. */
    private static boolean startsFormula(String cell, int from) {
        int i = from;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '"')) {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
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
