package org.firmas.paper.control;

import java.util.Arrays;
import org.apache.commons.csv.CSVRecord;

/**
 * The line of a file a CSV record starts on, counted from 1 as a text editor and a spreadsheet
 * count rows. The parser tells where a record begins in characters, but that is where the blank
 * and comment lines it skipped before the record begin, so those are counted past.
 */
final class LineCounter {

    private final String text;
    private final int[] lineStarts;

    LineCounter(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    int lineOf(CSVRecord record) {
        int index = Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
        int line = index >= 0 ? index : -index - 2; // zero-based from here on
        while (line + 1 < lineStarts.length && skipped(line)) {
            line++;
        }
        return line + 1;
    }

    private boolean skipped(int line) {
        String content = text.substring(lineStarts[line], lineStarts[line + 1]);
        return content.isBlank() || content.startsWith("#");
    }
}
