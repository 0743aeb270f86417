package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template's slots and the composer's values must match: a mistake shows in the first mail, not as a gap in it. */
class MailRendererTest {

    private static final MailRenderer BATCH = MailRenderer.of("official-batch");
    private static final MailRenderer CHECK = MailRenderer.of("renderer-check");

    @Test
    void everySlotIsFilledWithTheValueAsGiven() {
        Map<String, Object> values = allSlots();
        values.put("greeting", "Dear $1 {{link}},");

        String filled = BATCH.render(values).text();

        assertTrue(filled.startsWith("Dear $1 {{link}},\n\n"), filled);
        assertEquals(-1, filled.indexOf("{{opening}}"), filled);
    }

    @Test
    void aSlotLeftEmptyOrAValueWithoutASlotIsAMistake() {
        Map<String, Object> missing = allSlots();
        missing.remove("contact");
        Map<String, Object> extra = allSlots();
        extra.put("footer", "x");

        assertTrue(assertThrows(IllegalStateException.class, () -> BATCH.render(missing)).getMessage().endsWith("contact"));
        assertTrue(assertThrows(IllegalStateException.class, () -> BATCH.render(extra)).getMessage().endsWith("[footer]"));
    }

    @Test
    void htmlIsEscapedByTheRendererExceptWhatIsMadeSafeBefore() {
        MailRenderer.Bodies bodies = CHECK.render(Map.of("name", "<b>\"Ana\" & co</b>", "safe", "<p>kept</p>",
                "items", List.of(Map.of("label", "<i>x</i>"))));

        assertEquals("<p title=\"&lt;b&gt;&quot;Ana&quot; &amp; co&lt;/b&gt;\">&lt;b&gt;&quot;Ana&quot; &amp; co&lt;/b&gt;</p>"
                + "<p>kept</p><ul><li>&lt;i&gt;x&lt;/i&gt;</li></ul>\n", bodies.html());
        assertEquals("Hello <b>\"Ana\" & co</b>\n- <i>x</i>\nend\n", bodies.text());
    }

    @Test
    void aSectionRepeatsPerEntryAndItsMarksTakeTheirLinesWithThem() {
        String two = CHECK.render(Map.of("name", "A", "safe", "", "items", List.of(Map.of("label", "x"), Map.of("label", "y")))).text();
        String none = CHECK.render(Map.of("name", "A", "safe", "", "items", List.of())).text();

        assertEquals("Hello A\n- x\n- y\nend\n", two);
        assertEquals("Hello A\nnothing\nend\n", none);
    }

    private static Map<String, Object> allSlots() {
        Map<String, Object> values = new HashMap<>();
        for (String name : new String[] {"language", "subject", "kicker", "title", "greeting", "opening", "linkLabel", "linkButton",
                "link", "petitionHeading", "petition", "petitionHtml", "privacy", "howToAnswer", "contact", "organization", "headerName",
                "headerColour"}) {
            values.put(name, name);
        }
        values.put("figures", List.of("figure"));
        values.put("signers", null);
        Map<String, String> contactLink = new HashMap<>();
        contactLink.put("before", "before");
        contactLink.put("email", null);
        contactLink.put("after", "after");
        values.put("contactLink", contactLink);
        values.put("signOffName", null);
        return values;
    }
}
