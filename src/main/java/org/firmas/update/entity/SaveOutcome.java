package org.firmas.update.entity;

/** What saving or sending an update came to. */
public sealed interface SaveOutcome {

    /** Saved (or, for sending, handed to the queue) under this id. */
    record Saved(long updateId) implements SaveOutcome {
    }

    /** It is being sent or was sent: it can no longer change. */
    record AlreadySent(long updateId) implements SaveOutcome {
    }

    /** No such update on this campaign. */
    record NotFound() implements SaveOutcome {
    }
}
