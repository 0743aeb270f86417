package org.firmas.paper.entity;

import java.util.List;

/**
 * What importing a file would do, shown before anything is saved: the signatures it would add,
 * the rows left out as already signed, and every bad row. Only a file without bad rows can be
 * imported. {@code sha256} names the file checked, so the import takes that file and no other.
 * Phone numbers are kept only where the campaign asks for them online too.
 */
public record PaperImportPreview(String sha256, List<TypedSignature> toImport, List<Duplicate> duplicates,
                                 List<RowProblem> problems, boolean phonesKept) {

    public PaperImportPreview {
        toImport = List.copyOf(toImport);
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !toImport.isEmpty();
    }

    /** Each event named in the rows to import, once, in the file's order. */
    public List<String> events() {
        return toImport.stream().map(row -> row.event().describe()).distinct().toList();
    }

    public List<String> sheetCodes() {
        return toImport.stream().map(row -> row.sheet().toString()).distinct().toList();
    }

    public List<String> collectors() {
        return toImport.stream().map(TypedSignature::collectedBy).distinct().toList();
    }
}
