package org.firmas.paper.entity;

import java.util.Map;

/** One row of a typed-up sheet file as read, before any check: its line in the file and its cells, stripped. */
public record SheetRow(int line, Map<SheetColumn, String> cells) {

    public SheetRow {
        cells = Map.copyOf(cells);
    }

    /** The cell, or an empty text for a column the file does not have. */
    public String cell(SheetColumn column) {
        return cells.getOrDefault(column, "");
    }
}
