package org.firmas.paper.entity;

import java.util.List;

/**
 * What is wrong with one cell of one row: its line in the file, the column, and the sentence's
 * bundle key with its arguments, so the console says it in the organizer's language.
 */
public record RowProblem(int line, SheetColumn column, String key, List<Object> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    public static RowProblem of(int line, SheetColumn column, String key, Object... arguments) {
        return new RowProblem(line, column, key, List.of(arguments));
    }
}
