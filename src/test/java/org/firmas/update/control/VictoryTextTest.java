package org.firmas.update.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firmas.update.entity.UpdateDraft;
import org.junit.jupiter.api.Test;

/** The "we won" update names the campaign in each language and goes to everyone who asked for news. */
class VictoryTextTest {

    @Test
    void theVictoryDraftNamesTheCampaignInBothLanguages() {
        UpdateDraft draft = VictoryText.draft("Shut down Berks", "Cierren Berks");

        assertEquals("We won: Shut down Berks", draft.subjectEn());
        assertEquals("Ganamos: Cierren Berks", draft.subjectEs());
        assertTrue(draft.bodyEn().startsWith("Thank you! The campaign \"Shut down Berks\" has won.\n\n"), draft.bodyEn());
        assertTrue(draft.bodyEs().contains("\"Cierren Berks\""), draft.bodyEs());
        assertEquals("", draft.audience());
    }
}
