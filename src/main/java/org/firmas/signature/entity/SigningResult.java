package org.firmas.signature.entity;

import java.util.List;
import java.util.Map;

/**
 * What became of a submitted signature. The supporter sees the same page for Recorded and
 * Duplicate, except that it says when signing again sent no new mail.
 */
public sealed interface SigningResult {

    record Recorded(long signatureId) implements SigningResult {
    }

    record Duplicate(RepeatMail mail) implements SigningResult {
    }

    record Closed() implements SigningResult {
    }

    /** The form broke one of its rules, each field's message by the field's name; nothing was stored. */
    record Refused(Map<String, String> problems) implements SigningResult {

        public Refused() {
            this(Map.of());
        }
    }

    /**
     * A caller who answers for what it sends (an API key) went over a signing limit: nothing was
     * stored, and unlike a form's signer it is told, so it can slow down.
     */
    record Limited() implements SigningResult {
    }

    /** The ZIP code straddles areas and no candidate was chosen (or a forged one was): nothing was stored. */
    record AreaToChoose(List<String> candidates, boolean refused) implements SigningResult {
    }

    /** The database did not take the signature (its commit failed): the signer must try again. */
    record NotStored() implements SigningResult {
    }
}
