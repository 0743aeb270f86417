package org.firmas.update.entity;

/** What saving or sending an update came to. */
public sealed interface SaveOutcome {

    /** Saved (or, for sending, handed to the queue) under this id. */
    record Saved(long updateId) implements SaveOutcome {
    }

    /** It is being sent or was sent: it can no longer change. */
    record AlreadySent(long updateId) implements SaveOutcome {
    }

    /** It lacks the default language's subject or body, which every signer may receive: nothing was sent. */
    record NotReadyToSend(long updateId) implements SaveOutcome {
    }

    /** No such update on this campaign. */
    record NotFound() implements SaveOutcome {
    }
}
