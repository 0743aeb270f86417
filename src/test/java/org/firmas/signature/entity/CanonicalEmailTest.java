package org.firmas.signature.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalEmailTest {

    @ParameterizedTest
    @CsvSource({
        "a.b+x@gmail.com, ab@gmail.com",
        "A.B@GoogleMail.com, ab@gmail.com",
        "' Rosa+firmas@Example.org ', rosa@example.org",
        "rosa.marquez@example.org, rosa.marquez@example.org",
        "rosa@example.org., rosa@example.org"
    })
    void sameMailboxSameCanonicalForm(String typed, String canonical) {
        assertEquals(canonical, CanonicalEmail.of(typed));
    }

    @ParameterizedTest
    @CsvSource({"r.osa@example.org, rosa@example.org", "+rosa@example.org, rosa@example.org"})
    void dotsOutsideGmailAndLeadingPlusStillCount(String one, String other) {
        assertNotEquals(CanonicalEmail.of(one), CanonicalEmail.of(other));
    }

    @ParameterizedTest
    @CsvSource({"ana@Spam.Example, spam.example", "ana@spam.example., spam.example"})
    void domainIsLowerCasedWithoutTrailingDot(String email, String domain) {
        assertEquals(domain, CanonicalEmail.domainOf(email));
    }
}
