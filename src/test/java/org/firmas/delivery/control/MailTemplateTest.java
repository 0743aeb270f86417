package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template's slots and the composer's values must match: a mistake shows in the first mail, not as a gap in it. */
class MailTemplateTest {

    private static final MailTemplate TEXT = MailTemplate.load("official-batch.txt");

    @Test
    void everySlotIsFilledWithTheValueAsGiven() {
        Map<String, String> values = allSlots();
        values.put("greeting", "Dear $1 {{link}},");

        String filled = TEXT.fill(values);

        assertTrue(filled.startsWith("Dear $1 {{link}},\n\n"), filled);
        assertEquals(-1, filled.indexOf("{{opening}}"), filled);
    }

    @Test
    void aSlotLeftEmptyOrAValueWithoutASlotIsAMistake() {
        Map<String, String> missing = allSlots();
        missing.remove("contact");
        Map<String, String> extra = allSlots();
        extra.put("footer", "x");

        assertTrue(assertThrows(IllegalStateException.class, () -> TEXT.fill(missing)).getMessage().endsWith("contact"));
        assertTrue(assertThrows(IllegalStateException.class, () -> TEXT.fill(extra)).getMessage().endsWith("[footer]"));
    }

    private static Map<String, String> allSlots() {
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {"greeting", "opening", "figures", "linkLabel", "link", "petitionHeading", "petition",
                "signers", "privacy", "contact", "signOff"}) {
            values.put(name, name);
        }
        return values;
    }
}
