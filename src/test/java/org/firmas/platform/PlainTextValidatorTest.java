package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Rosa", "José Núñez-O'Brien", "محمد", "李小龍", "Ngô Bảo Châu", "مهر\u200Cناز",
            "<script>alert(1)</script>", "#{7*7}", "=HYPERLINK(\"x\")", "👩\u200D👩\u200D👧"})
    void namesPeopleTypePass(String name) {
        assertTrue(PlainTextValidator.isOneLine(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ro\u0000sa", "Rosa\r\nBcc: x@example.org", "Ro\u202Esa", "Ro\u200Bsa", "Ro\uFEFFsa",
            "Ro\u2066sa", "Ro\u200Fsa", "Ro\uFFFDsa", "Ro\u0007sa", "Ro\u2028sa", "Ro\uD800sa"})
    void controlAndInvisibleCharactersFail(String name) {
        assertFalse(PlainTextValidator.isOneLine(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Line one\nline two", "Windows\r\nlines", "a\ttab"})
    void commentsMayBreakLines(String comment) {
        assertTrue(PlainTextValidator.isMultiLine(comment), comment);
        assertFalse(PlainTextValidator.isOneLine(comment), comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hidden\u202Etext\nhere", "nul\u0000\nbyte"})
    void commentsStillRefuseInvisibleCharacters(String comment) {
        assertFalse(PlainTextValidator.isMultiLine(comment), comment);
    }
}
