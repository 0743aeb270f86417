package org.firmas.paper.entity;

import java.time.Instant;
import java.util.List;

/** An import as the console lists it: what it added, who imported it and when, and whether and by whom it was undone. */
public record PastImport(long id, int rowsImported, int duplicates, List<String> events, List<String> collectors,
                         List<String> sheetCodes, String importedBy, Instant importedAt, String undoneBy, Instant undoneAt,
                         Integer undoneRows) {

    public String collectorsText() {
        return String.join(", ", collectors);
    }

    public String sheetCodesText() {
        return String.join(", ", sheetCodes);
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
