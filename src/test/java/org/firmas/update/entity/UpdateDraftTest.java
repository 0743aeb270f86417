package org.firmas.update.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audience as an organizer types it, the languages an update is written in, and the one each signer reads. */
class UpdateDraftTest {

    private static final UpdateDraft EN_PT = new UpdateDraft(Map.of("en", " Hearing ", "pt", "Audiência", "es", " "),
            Map.of("en", "Body", "pt", " Corpo ", "es", ""), " South, 19148;\n19130 ,, ");

    @Test
    void placesAreTheAreasAndZipCodesTypedWithCommasOrLinesEmptyForEveryone() {
        assertEquals(List.of("South", "19148", "19130"), List.copyOf(EN_PT.places()));
        assertEquals("South, 19148, 19130", EN_PT.audience());
        assertEquals(Set.of(), new UpdateDraft(Map.of("en", "a"), Map.of("en", "b"), "  ").places());
        assertEquals(Set.of(), new UpdateDraft(null, null, null).places());
    }

    @Test
    void anUpdateIsWrittenInTheLanguagesWithASubjectOrBodyInTheSitesOrder() {
        assertEquals(List.of("en", "pt"), EN_PT.languages());
        assertEquals("Hearing", EN_PT.subject("en"));
        assertEquals("Corpo", EN_PT.body("pt"));
        assertEquals("", EN_PT.subject("es"));
        assertEquals(List.of(), new UpdateDraft(Map.of("fr", "Audience"), Map.of("fr", "Corps"), "").languages(),
                "a language the site does not speak is dropped");
    }

    @Test
    void aSignerReadsTheirLanguageWhenTheUpdateHasItElseEnglish() {
        assertEquals("pt", EN_PT.mailLanguage("pt"));
        assertEquals("pt", EN_PT.mailLanguage("pt-BR"));
        assertEquals("en", EN_PT.mailLanguage("es"));
        assertEquals("en", EN_PT.mailLanguage("en"));
        assertEquals("en", EN_PT.mailLanguage(null));
    }

    @Test
    void onlyAnUpdateWithTheEnglishSubjectAndBodyMayBeSent() {
        assertTrue(EN_PT.readyToSend());
        assertFalse(new UpdateDraft(Map.of("es", "Ya somos mil"), Map.of("es", "¡Gracias!"), "").readyToSend(),
                "a milestone's message written only in Spanish");
        assertFalse(new UpdateDraft(Map.of("en", "Subject only", "es", "Asunto"), Map.of("es", "Cuerpo"), "").readyToSend());
        assertFalse(new UpdateDraft(Map.of("en", " "), Map.of("en", "Body only"), "").readyToSend());
    }
}
