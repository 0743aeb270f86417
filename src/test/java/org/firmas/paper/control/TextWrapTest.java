package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    /** One unit per character, so widths are easy to reckon. */
    private static double width(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void breaksAtSpacesBeforeTheWidth() {
        assertEquals(List.of("firmas para", "la escuela de", "Kensington"),
                TextWrap.lines("firmas para la escuela de Kensington", 13, TextWrapTest::width));
    }

    @Test
    void aLineExactlyAsWideAsTheWidthStaysWhole() {
        assertEquals(List.of("abc def"), TextWrap.lines("abc def", 7, TextWrapTest::width));
    }

    @Test
    void runsOfBlanksAndLineBreaksCountAsOneSpace() {
        assertEquals(List.of("uno dos", "tres"), TextWrap.lines("  uno \n\t dos   tres ", 7, TextWrapTest::width));
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenCharacters() {
        assertEquals(List.of("a", "abcde", "fghij", "k b"), TextWrap.lines("a abcdefghijk b", 5, TextWrapTest::width));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String emoji = "\uD83D\uDE00";
        assertEquals(List.of(emoji + emoji, emoji), TextWrap.lines(emoji.repeat(3), 2, TextWrapTest::width));
    }

    @Test
    void anEmptyParagraphIsOneEmptyLine() {
        assertEquals(List.of(""), TextWrap.lines("   ", 10, TextWrapTest::width));
    }
}
