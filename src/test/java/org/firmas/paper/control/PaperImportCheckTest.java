package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.firmas.paper.entity.Duplicate;
import org.firmas.paper.entity.PaperImportOutcome;
import org.firmas.paper.entity.PaperImportPreview;
import org.firmas.paper.entity.TypedSignature;
import org.junit.jupiter.api.Test;

class PaperImportCheckTest {

    private static final String HEADER = "sheet_code,event_name,event_date,event_place,collected_by,name,zip,email\n";

    @Test
    void rowsOfPeopleWhoSignedAlreadyAreLeftOutNotRefused() {
        String file = HEADER
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Ana García,19601,ana@example.org\n"
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Luis Soto,19601,\n"
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Ana G.,19601,ANA@example.org\n"
                + "F12-9ZZ3MX,Door to door,2026-11-30,Oley,Tomás,Eva Ruiz,19601,eva@example.org\n"
                + "F12-9ZZ3MX,Door to door,2026-11-30,Oley,Tomás,Pedro Gil,19601,\n";
        List<List<String>> askedAbout = new ArrayList<>();

        PaperImportPreview preview = preview(file, emails -> {
            askedAbout.add(emails);
            return Set.of("eva@example.org");
        });

        assertEquals(List.of("Ana García", "Luis Soto", "Pedro Gil"),
                preview.toImport().stream().map(row -> row.firstName() + " " + row.lastName()).toList());
        assertEquals(List.of(new Duplicate(4, 2), new Duplicate(5, 0)), preview.duplicates());
        assertEquals(List.of(List.of("ana@example.org", "ANA@example.org", "eva@example.org")), askedAbout);
        assertTrue(preview.importable());
        assertEquals(List.of("Table, St. Agnes (2026-11-29)", "Door to door, Oley (2026-11-30)"), preview.events());
        assertEquals(List.of("F12-7KQ3MX", "F12-9ZZ3MX"), preview.sheetCodes());
        assertEquals(List.of("Rosa", "Tomás"), preview.collectors());
        assertEquals(PaperImportCheck.sha256(file.getBytes(StandardCharsets.UTF_8)), preview.sha256());
    }

    @Test
    void anAddressThatSignedIsLeftOutHoweverTheFileCapitalizesIt() {
        String file = HEADER
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Bea Ortiz,19601,Bea@Example.org\n"
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Bea O.,19601,bea@example.org\n";

        // The signatures' side answers with one of the file's spellings of an address that signed, not all of them.
        PaperImportPreview preview = preview(file, emails -> Set.of("bea@example.org"));

        assertEquals(List.of(), preview.toImport());
        assertEquals(List.of(new Duplicate(2, 0), new Duplicate(3, 2)), preview.duplicates());
    }

    @Test
    void oneBadRowMakesTheFileUnimportableAndIsReportedWithTheOthers() {
        String file = HEADER
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Ana García,19601,\n"
                + "F12-7KQ3MX,Table,2026-11-29,St. Agnes,Rosa,Luis Soto,1960,\n";

        PaperImportPreview preview = preview(file, emails -> Set.of());

        assertFalse(preview.importable());
        assertEquals(List.of(3), preview.problems().stream().map(problem -> problem.line()).toList());
        assertEquals(List.of("Ana"), preview.toImport().stream().map(TypedSignature::firstName).toList());
    }

    private static PaperImportPreview preview(String file, java.util.function.Function<List<String>, Set<String>> signed) {
        PaperImportOutcome outcome = PaperImportCheck.check(file.getBytes(StandardCharsets.UTF_8), 12,
                SheetRowCheckTest.campaign(false), SheetRowCheckTest.TODAY, signed);
        return assertInstanceOf(PaperImportOutcome.Checked.class, outcome).preview();
    }
}
