package org.firmas.update.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.firmas.platform.Languages;
import org.firmas.update.entity.UpdateDraft;
import org.junit.jupiter.api.Test;

/** The "we won" update names the campaign in each language of the site and goes to everyone who asked for news. */
class VictoryTextTest {

    @Test
    void theVictoryDraftNamesTheCampaignInEveryLanguage() {
        UpdateDraft draft = VictoryText.draft(Map.of("en", "Shut down Berks", "es", "Cierren Berks", "pt", "Fechem Berks"));

        assertEquals(Languages.all(), draft.languages());
        assertEquals(List.of("en", "es", "pt"), draft.languages());
        assertEquals("We won: Shut down Berks", draft.subject("en"));
        assertEquals("Ganamos: Cierren Berks", draft.subject("es"));
        assertEquals("Conseguimos: Fechem Berks", draft.subject("pt"));
        assertTrue(draft.body("en").startsWith("Thank you! The campaign \"Shut down Berks\" has won.\n\n"), draft.body("en"));
        assertTrue(draft.body("es").contains("\"Cierren Berks\""), draft.body("es"));
        assertTrue(draft.body("pt").contains("\"Fechem Berks\""), draft.body("pt"));
        assertEquals("", draft.audience());
    }
}
