package org.firmas.paper.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.firmas.paper.entity.PaperImportOutcome.Refused;
import org.firmas.paper.entity.SheetColumn;
import org.firmas.paper.entity.SheetRow;
import org.firmas.platform.SpreadsheetSafeCsv;

/**
 * Reads a typed-up sheet file: UTF-8 CSV with a header row naming the columns (in any order), lines
 * starting with # as comments, and commas or, as spreadsheets set to Spanish save it, semicolons
 * between cells. Each row keeps the line it starts on, the row a spreadsheet shows it in.
 */
public final class SheetRowsReader {

    /** Far more than a day of tables after Mass, and well within what one transaction writes at once. */
    public static final int MAX_ROWS = 5_000;
    /** About 200 bytes a row; under the console's upload limit, so the answer is this page's message. */
    public static final int MAX_BYTES = 1_000_000;

    /** The rows read, or why the file as a whole cannot be read as sheets. */
    public sealed interface Read {
    }

    public record Rows(List<SheetRow> rows) implements Read {
    }

    public record Unreadable(Refused refusal) implements Read {
    }

    private SheetRowsReader() {
    }

    public static Read read(byte[] file) {
        if (file.length > MAX_BYTES) {
            return refused("organize.paper.refused.tooLarge", MAX_BYTES / 1000, MAX_ROWS);
        }
        Optional<String> text = utf8(file);
        if (text.isEmpty()) {
            return refused("organize.paper.refused.notUtf8");
        }
        if (text.get().isBlank()) {
            return refused("organize.paper.refused.empty");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text.get()), format(text.get()))) {
            return rows(parser, text.get());
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return refused("organize.paper.refused.notCsv");
        }
    }

    private static Read rows(CSVParser parser, String text) {
        Map<Integer, SheetColumn> columns = null;
        List<SheetRow> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        for (CSVRecord record : parser) {
            if (isBlank(record) || isNote(record)) {
                continue;
            }
            if (columns == null) {
                Read header = header(record);
                if (header instanceof Unreadable) {
                    return header;
                }
                columns = ((Header) header).columns();
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return refused("organize.paper.refused.tooManyRows", MAX_ROWS);
            }
            Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
            for (Map.Entry<Integer, SheetColumn> column : columns.entrySet()) {
                cells.put(column.getValue(), column.getKey() < record.size() ? record.get(column.getKey()).strip() : "");
            }
            rows.add(new SheetRow(lines.lineOf(record), cells));
        }
        if (columns == null) {
            return refused("organize.paper.refused.empty");
        }
        return rows.isEmpty() ? refused("organize.paper.refused.noRows") : new Rows(rows);
    }

    private record Header(Map<Integer, SheetColumn> columns) implements Read {
    }

    private static Read header(CSVRecord record) {
        Map<Integer, SheetColumn> columns = new java.util.HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String cell = record.get(i);
            if (cell.isBlank()) {
                continue;
            }
            Optional<SheetColumn> column = SheetColumn.named(cell);
            if (column.isEmpty() || columns.containsValue(column.get())) {
                unknown.add(cell.strip());
            } else {
                columns.put(i, column.get());
            }
        }
        List<String> missing = java.util.Arrays.stream(SheetColumn.values())
                .filter(column -> column.required() && !columns.containsValue(column)).map(SheetColumn::header).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            return refused("organize.paper.refused.header", String.join(", ", missing), String.join(", ", unknown));
        }
        return new Header(columns);
    }

    /** Semicolons when the header line has them and no comma; commas otherwise. */
    private static CSVFormat format(String text) {
        String firstLine = text.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("\"#"))
                .findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        return SpreadsheetSafeCsv.format().builder().setDelimiter(delimiter).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
    }

    /**
     * A note the parser took for a row: a spreadsheet saving with semicolons puts quotes around a
     * note with a semicolon in it, so its line starts with a quote and then #. No sheet code starts with #.
     */
    private static boolean isNote(CSVRecord record) {
        return record.get(0).startsWith("#");
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static Optional<String> utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            // Spreadsheets save "CSV UTF-8" with a byte order mark; it is not part of the first column's name.
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Unreadable refused(String key, Object... arguments) {
        return new Unreadable(Refused.of(key, arguments));
    }
}
