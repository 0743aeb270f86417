package org.firmas.delivery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Marks each mail sent as soon as the SMTP server accepted it. A mark the database cannot take
 * (it is restarting, say) is kept on the node and written with the next one, so that only a node
 * dying as well leaves a mail to go again after its lease.
 */
final class SentMarks {

    private final OutboxClaims claims;
    private final Queue<Long> notWritten = new ConcurrentLinkedQueue<>();

    SentMarks(OutboxClaims claims) {
        this.claims = claims;
    }

    void accepted(long id) {
        notWritten.add(id);
        writeKept();
    }

    /** Writes the marks kept so far; throws, keeping them, when the database still cannot take them. */
    void writeKept() {
        List<Long> ids = new ArrayList<>();
        for (Long id = notWritten.poll(); id != null; id = notWritten.poll()) {
            ids.add(id);
        }
        try {
            claims.markSent(ids);
        } catch (RuntimeException e) {
            notWritten.addAll(ids);
            throw e;
        }
    }
}
