package org.firmas.mydata.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The random value of a "my data" link: 256 bits in a URL, and nothing else gets through to a lookup. */
class LinkTokenTest {

    @Test
    void aFreshTokenIsFortyThreeUrlSafeCharactersAndWellFormed() {
        String token = LinkToken.fresh();

        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertTrue(LinkToken.isWellFormed(token));
    }

    @Test
    void theStoredHashIsThePlainSha256SoNoDataKeyRotationChangesIt() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LinkToken.hashOf("abc"));
    }

    @Test
    void everyTokenIsNew() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(LinkToken.fresh()));

        assertEquals(1000, tokens.size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'--", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/"})
    void anythingElseIsRefusedBeforeTheDatabase(String token) {
        assertFalse(LinkToken.isWellFormed(token));
    }
}
