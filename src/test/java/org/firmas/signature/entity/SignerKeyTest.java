package org.firmas.signature.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SignerKeyTest {

    private static final String KEY = "a".repeat(63) + "0";

    @Test
    void aKeySuffixedByARotationIsStillTheAddresssButNoOtherIs() {
        assertTrue(SignerKey.matches(KEY, KEY));
        assertTrue(SignerKey.matches(KEY + ":1234", KEY), "a row a rotation gave a key of its own");
        assertFalse(SignerKey.matches(KEY + "1", KEY));
        assertFalse(SignerKey.matches("erased:12", KEY));
        assertFalse(SignerKey.matches(null, KEY));
    }

    @Test
    void theRangeHoldsTheKeyAndItsSuffixedFormsAndNoOtherKey() {
        Object[] parameters = SignerKey.parameters(KEY);
        String from = (String) parameters[0];
        String to = (String) parameters[1];
        TreeSet<String> stored = new TreeSet<>(List.of(KEY, KEY + ":7", KEY + ":123456789", "a".repeat(63) + "1",
                "a".repeat(63) + "f", "9".repeat(64), "erased:5", "paper:abc"));

        assertEquals(Set.of(KEY, KEY + ":7", KEY + ":123456789"), stored.subSet(from, true, to, false));
    }
}
