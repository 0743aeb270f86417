package org.firmas.signature.entity;

/**
 * What a signer who signed again is told about mail: one went out, or none did because one went
 * out a moment ago or the address has had all it will get. A signature held as suspect is told a
 * mail went out, like any other, so a robot learns nothing from the answer.
 */
public sealed interface RepeatMail {

    record Sent() implements RepeatMail {
    }

    /** None within the cooldown after the last mail; a new one may be asked for in this many minutes. */
    record TooSoon(int minutesToWait) implements RepeatMail {
    }

    /** The address has had the most mails one campaign sends it. */
    record NoMore() implements RepeatMail {
    }
}
