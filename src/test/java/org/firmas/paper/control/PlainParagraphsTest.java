package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainParagraphsTest {

    @Test
    void blocksBecomeParagraphsAndListItemsKeepTheirMarks() {
        String html = "<p>We ask the <strong>city</strong> to <a href=\"https://example.org\">act</a>.</p>"
                + "<ul><li>Trees</li><li>Benches</li></ul><ol><li>First</li><li>Second</li></ol><h2>Why</h2>";

        assertEquals(List.of("We ask the city to act.", "• Trees", "• Benches", "1. First", "2. Second", "Why"),
                PlainParagraphs.of(html));
    }

    @Test
    void noTextIsNoParagraph() {
        assertEquals(List.of(), PlainParagraphs.of(null));
        assertEquals(List.of(), PlainParagraphs.of("<p> </p>"));
    }
}
