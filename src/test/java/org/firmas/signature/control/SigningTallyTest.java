package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.firmas.signature.control.SigningTally.Outcome;
import org.firmas.signature.entity.RepeatMail;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;
import org.firmas.signature.entity.SuspectReason;
import org.junit.jupiter.api.Test;

class SigningTallyTest {

    private static final SigningOrigin CLEAN = new SigningOrigin("key", null);

    @Test
    void aRecordedSignatureIsCountedByWhetherAndWhyItIsHeld() {
        SigningResult recorded = new SigningResult.Recorded(7);

        assertEquals(Outcome.RECORDED, SigningTally.outcomeOf(recorded, CLEAN));
        assertEquals(Outcome.RATE_LIMITED, SigningTally.outcomeOf(recorded, new SigningOrigin("key", SuspectReason.ADDRESS_LIMIT)));
        assertEquals(Outcome.RATE_LIMITED, SigningTally.outcomeOf(recorded, new SigningOrigin("key", SuspectReason.MAIL_DOMAIN_LIMIT)));
        assertEquals(Outcome.SUSPECT, SigningTally.outcomeOf(recorded, new SigningOrigin("key", SuspectReason.HONEYPOT)));
        assertEquals(Outcome.SUSPECT, SigningTally.outcomeOf(recorded, new SigningOrigin("key", SuspectReason.BAD_PROOF)));
    }

    @Test
    void theOtherOutcomesAreCountedAsTheSignerIsAnswered() {
        assertEquals(Outcome.DUPLICATE, SigningTally.outcomeOf(new SigningResult.Duplicate(new RepeatMail.Sent()), CLEAN));
        assertEquals(Outcome.CLOSED, SigningTally.outcomeOf(new SigningResult.Closed(), null));
        assertEquals(Outcome.NOT_STORED, SigningTally.outcomeOf(new SigningResult.NotStored(), CLEAN));
        assertEquals(Outcome.RATE_LIMITED, SigningTally.outcomeOf(new SigningResult.Limited(), CLEAN), "an API key over a limit");
        assertEquals("rate_limited", Outcome.RATE_LIMITED.label());
    }

    @Test
    void aFormRefusedForWhatItSaysIsCountedInvalid() {
        assertEquals(Outcome.INVALID, SigningTally.outcomeOf(new SigningResult.Refused(java.util.Map.of()), null));
        assertEquals(Outcome.INVALID, SigningTally.outcomeOf(new SigningResult.AreaToChoose(java.util.List.of("1", "2"), true), null),
                "an area that is none of its postal code's");
        assertEquals("invalid", Outcome.INVALID.label());
    }

    @Test
    void anAreaStillToChooseIsNoOutcomeYet() {
        assertThrows(IllegalArgumentException.class,
                () -> SigningTally.outcomeOf(new SigningResult.AreaToChoose(java.util.List.of("1", "2"), false), null));
    }
}
