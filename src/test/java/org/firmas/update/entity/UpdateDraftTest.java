package org.firmas.update.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audience as an organizer types it, and the language each signer reads. */
class UpdateDraftTest {

    @Test
    void placesAreTheAreasAndZipCodesTypedWithCommasOrLinesEmptyForEveryone() {
        UpdateDraft draft = new UpdateDraft(" Hearing ", "Audiencia", "Body", "Cuerpo", " South, 19148;\n19130 ,, ");

        assertEquals(List.of("South", "19148", "19130"), List.copyOf(draft.places()));
        assertEquals("South, 19148, 19130", draft.audience());
        assertEquals("Hearing", draft.subject("en"));
        assertEquals("Cuerpo", draft.body("es"));
        assertEquals(Set.of(), new UpdateDraft("a", "b", "c", "d", "  ").places());
        assertEquals(Set.of(), new UpdateDraft(null, null, null, null, null).places());
    }

    @Test
    void aSpanishSignerReadsSpanishAndEveryoneElseEnglish() {
        assertEquals("es", UpdateDraft.languageOf("es"));
        assertEquals("es", UpdateDraft.languageOf("es-MX"));
        assertEquals("en", UpdateDraft.languageOf("en"));
        assertEquals("en", UpdateDraft.languageOf(null));
    }
}
