package org.firmas.platform.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The WCAG 2 contrast ratio, against pairs whose ratios the WCAG documents and checkers publish. */
class ContrastTest {

    @Test
    void blackOnWhiteIsTheMostThereIs() {
        assertEquals(21.0, Contrast.ratio(Colour.of("#000"), Colour.of("#ffffff")), 1e-9);
        assertEquals(21.0, Contrast.ratio(Colour.of("#ffffff"), Colour.of("#000000")), 1e-9, "either way round");
        assertEquals(1.0, Contrast.ratio(Colour.of("#7a1f5c"), Colour.of("#7A1F5C")), 1e-9);
    }

    @Test
    void theGreyAtTheEdgeOfAaFallsOnTheRightSides() {
        // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just misses it.
        assertEquals(4.54, Contrast.ratio(Colour.of("#767676"), Colour.WHITE), 0.005);
        assertEquals(4.48, Contrast.ratio(Colour.of("#777777"), Colour.WHITE), 0.005);
        assertTrue(Contrast.ratio(Colour.of("#767676"), Colour.WHITE) >= Contrast.AA_TEXT);
        assertFalse(Contrast.ratio(Colour.of("#777777"), Colour.WHITE) >= Contrast.AA_TEXT);
    }

    @Test
    void primaryColoursOnWhite() {
        assertEquals(8.59, Contrast.ratio(Colour.of("#0000ff"), Colour.WHITE), 0.005);
        assertEquals(4.00, Contrast.ratio(Colour.of("#ff0000"), Colour.WHITE), 0.005);
        assertEquals(1.07, Contrast.ratio(Colour.of("#ffff00"), Colour.WHITE), 0.005);
    }

    @Test
    void colourIsReadInBothHexFormsAndNothingElse() {
        assertEquals("#aabbcc", Colour.parse(" #ABC ").orElseThrow().hex());
        assertEquals("#7a1f5c", Colour.parse("#7A1F5C").orElseThrow().hex());
        assertTrue(Colour.parse("blue").isEmpty());
        assertTrue(Colour.parse("7a1f5c").isEmpty());
        assertTrue(Colour.parse("#7a1f5").isEmpty());
        assertTrue(Colour.parse("#7a1f5c;}").isEmpty(), "nothing can close the stylesheet's rule");
        assertTrue(Colour.parse(null).isEmpty());
    }
}
