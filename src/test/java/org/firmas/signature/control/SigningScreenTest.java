package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningScreenTest {

    private final List<String> charged = new ArrayList<>();
    private boolean withinLimits = true;

    @Test
    void aRequestForAMailPaysTheLimitsWhateverTheTrapAndThePuzzleSay() {
        SigningScreen screen = screen();

        assertTrue(screen.mayMail(new SigningScreen.MailAsked("client", "ana@example.org", false, ""), "domain"),
                "no puzzle (no JavaScript) may still have its mail");
        assertFalse(screen.mayMail(new SigningScreen.MailAsked("client", "ana@example.org", true, ""), "domain"), "the trap stops it");
        assertFalse(screen.mayMail(new SigningScreen.MailAsked("client", "ana@example.org", false, "<script>"), "domain"),
                "a forged puzzle stops it");

        assertEquals(List.of("client/domain", "client/domain", "client/domain"), charged,
                "each of the three is counted against the limits, stopped or not");
    }

    @Test
    void aRequestOverTheLimitsGetsNoMail() {
        SigningScreen screen = screen();
        withinLimits = false;

        assertFalse(screen.mayMail(new SigningScreen.MailAsked("client", "ana@example.org", false, ""), "domain"));
        assertEquals(1, charged.size());
    }

    private SigningScreen screen() {
        SigningScreen screen = new SigningScreen();
        screen.proofOfWork = new ProofOfWork();
        screen.limits = new SigningLimits() {
            @Override
            public boolean mayMail(String addressKey, String emailDomainKey, boolean sharedProvider) {
                charged.add(addressKey + "/" + emailDomainKey);
                return withinLimits;
            }
        };
        return screen;
    }
}
