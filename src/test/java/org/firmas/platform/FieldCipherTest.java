package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DataKey KEY = DataKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
    private static final DataKey OTHER = DataKey.fromBase64(Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes()));

    @Test
    void encryptedValueOpensToThePlainTextAndDoesNotContainIt() {
        String stored = FieldCipher.encrypt(KEY, "rosa.marquez@example.org", RANDOM);

        assertFalse(stored.contains("rosa"), stored);
        assertTrue(stored.startsWith(FieldCipher.prefixOf(KEY.id())), stored);
        assertEquals("rosa.marquez@example.org", FieldCipher.decrypt(KEY, stored.substring(FieldCipher.prefixOf(KEY.id()).length())));
    }

    @Test
    void equalAddressesLookDifferentInTheDatabase() {
        assertNotEquals(FieldCipher.encrypt(KEY, "ana@example.org", RANDOM), FieldCipher.encrypt(KEY, "ana@example.org", RANDOM));
    }

    @Test
    void aRefusedValueLeavesTheThreadAbleToSealAndOpenOthers() {
        String sealed = FieldCipher.encrypt(KEY, "ana@example.org", RANDOM).substring(FieldCipher.prefixOf(KEY.id()).length());
        assertThrows(IllegalStateException.class, () -> FieldCipher.decrypt(OTHER, sealed));

        String next = FieldCipher.encrypt(KEY, "luis@example.org", RANDOM);

        assertEquals("luis@example.org", FieldCipher.decrypt(KEY, next.substring(FieldCipher.prefixOf(KEY.id()).length())));
        assertEquals("ana@example.org", FieldCipher.decrypt(KEY, sealed));
    }

    @Test
    void anAlteredValueOrAnotherKeyIsRefused() {
        String sealed = FieldCipher.encrypt(KEY, "ana@example.org", RANDOM).substring(FieldCipher.prefixOf(KEY.id()).length());
        char[] altered = sealed.toCharArray();
        altered[altered.length - 3] = altered[altered.length - 3] == 'A' ? 'B' : 'A';

        assertThrows(IllegalStateException.class, () -> FieldCipher.decrypt(KEY, new String(altered)));
        assertThrows(IllegalStateException.class, () -> FieldCipher.decrypt(OTHER, sealed));
    }

    @Test
    void keysHaveDistinctIdsAndShortKeysAreRefused() {
        assertNotEquals(KEY.id(), OTHER.id());
        assertThrows(IllegalStateException.class, () -> DataKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> DataKey.fromBase64("not base64 at all!"));
    }

    @Test
    void keyedHashesDependOnKeyAndPurpose() {
        String hash = KeyedHash.with(KEY, "email", "ana@example.org");

        assertEquals(64, hash.length());
        assertEquals(hash, KeyedHash.with(KEY, "email", "ana@example.org"));
        assertNotEquals(hash, KeyedHash.with(OTHER, "email", "ana@example.org"));
        assertNotEquals(hash, KeyedHash.with(KEY, "ip", "ana@example.org"));
    }
}
