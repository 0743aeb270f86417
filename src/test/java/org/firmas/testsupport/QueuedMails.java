package org.firmas.testsupport;

/**
 * Mails put straight into the outbox, as the site queues them, for tests about how they leave.
 * Recipients are {@code <kind>-<n>-<run>@outbox.example.org}, so a test finds its own among others'.
 */
public final class QueuedMails {

    private QueuedMails() {
    }

    /** Queues that many mails of a kind (BATCH for officials, CONFIRM for supporters), in one statement, as one claim can take them; how many went in. */
    public static int queue(String kind, String run, int count) {
        return queueIn(TestDatabase.url(), kind, run, count);
    }

    /** {@link #queue} on another database of the same server, such as one a test made for itself. */
    public static int queueIn(String databaseUrl, String kind, String run, int count) {
        return TestDatabase.updateIn(databaseUrl, "INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, "
                + "body_html, status, attempts, next_attempt_at, created_at) SELECT nextval('outbox_message_seq'), "
                + "'<' || ? || '-' || i || '-' || ? || '@firmas.test>', ?, lower(?) || '-' || i || '-' || ? || '@outbox.example.org', "
                + "'Queued', 'Mail ' || i, '<p>Mail ' || i || '</p>', 'PENDING', 0, now(), now() FROM generate_series(1, ?) AS i",
                kind, run, kind, kind, run, count);
    }

    /** A condition on outbox_message that holds for the run's mails only. */
    public static String ofRun(String run) {
        return "recipient LIKE '%-" + run.replaceAll("[^A-Za-z0-9]", "") + "@outbox.example.org'";
    }
}
