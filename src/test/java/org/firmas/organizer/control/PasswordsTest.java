package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firmas.organizer.entity.PasswordHash;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private static final PasswordHash HASHED = Passwords.hash("correct horse battery".toCharArray());

    @Test
    void hashesAtTheOwaspWorkFactorWithAFreshSalt() {
        assertEquals(600_000, HASHED.iterations());
        assertNotEquals(HASHED.salt(), Passwords.hash("correct horse battery".toCharArray()).salt());
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        assertTrue(Passwords.matches("correct horse battery".toCharArray(), HASHED));
        assertFalse(Passwords.matches("correct horse batterz".toCharArray(), HASHED));
        assertFalse(Passwords.matches(new char[0], HASHED));
    }

    @Test
    void theStoredFormNeverShowsInLogs() {
        assertFalse(HASHED.toString().contains(HASHED.hash()));
    }

    @Test
    void aSessionsFingerprintTellsPasswordsApartAndRevealsNoHash() {
        PasswordHash same = new PasswordHash(HASHED.salt(), HASHED.iterations(), HASHED.hash());
        assertEquals(HASHED.fingerprint(), same.fingerprint());
        // The same password hashed again (a change back to it) has a new salt: sessions opened before still end.
        assertNotEquals(HASHED.fingerprint(), Passwords.hash("correct horse battery".toCharArray()).fingerprint());
        assertFalse(HASHED.fingerprint().contains(HASHED.hash()));
        assertFalse(HASHED.hash().contains(HASHED.fingerprint()));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals("organize.password.tooShort", Passwords.weakness("short"));
        assertNull(Passwords.weakness("twelve chars"));
    }
}
