package org.firmas.paper.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetCodeTest {

    @Test
    void anIssuedCodeReadsBackAsItsCampaigns() {
        SheetCode issued = SheetCode.issue(12);

        assertTrue(issued.toString().matches("F12-[0-9A-Z]{6}"), issued.toString());
        assertEquals(Optional.of(issued), SheetCode.parse(issued.toString()));
    }

    @Test
    void twoSheetsGetDifferentCodes() {
        assertNotEquals(SheetCode.issue(3), SheetCode.issue(3));
    }

    @Test
    void aTypedCodeIsForgivenItsCaseSpacesAndLookAlikeLetters() {
        assertEquals(Optional.of(new SheetCode(7, "10AB2C")), SheetCode.parse("  f7-ioab2c "));
    }

    @Test
    void somethingElseIsNotASheetCode() {
        assertEquals(Optional.empty(), SheetCode.parse("F7-ABC"));
        assertEquals(Optional.empty(), SheetCode.parse("F0-ABCDEF"));
        assertEquals(Optional.empty(), SheetCode.parse("12-ABCDEF"));
        assertEquals(Optional.empty(), SheetCode.parse("F7-ABCDEFG"));
        assertEquals(Optional.empty(), SheetCode.parse(""));
        assertEquals(Optional.empty(), SheetCode.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new SheetCode(7, "UUUUUU"));
    }
}
