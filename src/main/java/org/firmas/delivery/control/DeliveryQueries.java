package org.firmas.delivery.control;

import java.util.List;
import org.firmas.delivery.entity.OutboxStatus;

/**
 * The SQL delivery runs on its tables, in one place. Statuses are written into the statements from
 * {@link OutboxStatus} rather than bound: the outbox's partial indexes ({@code WHERE status =
 * 'PENDING'}, {@code 'SENDING'}) serve only a statement that names the status itself.
 */
public final class DeliveryQueries {

    private static final String PENDING = literal(OutboxStatus.PENDING);
    private static final String SENDING = literal(OutboxStatus.SENDING);
    private static final String SENT = literal(OutboxStatus.SENT);
    private static final String IN_DOUBT = literal(OutboxStatus.IN_DOUBT);
    private static final String DEAD = literal(OutboxStatus.DEAD);

    /** (last error, now): a lease run out under an official's mail being sent leaves it maybe delivered. */
    static final String LOSE_IN_FLIGHT = "UPDATE outbox_message SET status = " + IN_DOUBT + ", claimed_until = NULL, "
            + "last_error = ? WHERE status = " + SENDING + " AND claimed_until < ?";

    private static final String DUE_WHERE = "SELECT id FROM outbox_message WHERE status = " + PENDING + " "
            + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) AND kind ";
    private static final String DUE_ORDER = " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED";

    /**
     * (now, now, limit) Mail someone is waiting for (a confirmation link, their data, an official's
     * batch) before the updates: queued after an update's 100,000 mails, a confirmation would wait
     * for all of them. Its own index (migration V40) finds it without reading the updates.
     */
    static final String DUE_FIRST = DUE_WHERE + "<> '" + UpdateOutbox.KIND + "'" + DUE_ORDER;

    /** (now, now, limit) The updates' mails, after those. */
    static final String DUE_UPDATES = DUE_WHERE + "= '" + UpdateOutbox.KIND + "'" + DUE_ORDER;

    /** (id, lease) */
    static final String MARK_SENDING = "UPDATE outbox_message SET status = " + SENDING + " "
            + "WHERE id = ? AND status = " + PENDING + " AND claimed_until = ?";

    /** (last error, id) */
    static final String MARK_IN_DOUBT = "UPDATE outbox_message SET status = " + IN_DOUBT + ", claimed_until = NULL, "
            + "last_error = ? WHERE id = ?";

    /** (last error, id): a supporter's dead mail drops its body; an official's keeps it for a retry. */
    static final String MARK_DEAD = "UPDATE outbox_message SET status = " + DEAD + ", claimed_until = NULL, last_error = ?, "
            + "body_text = CASE WHEN batch_id IS NULL THEN '' ELSE body_text END, "
            + "body_html = CASE WHEN batch_id IS NULL THEN '' ELSE body_html END, "
            + "attachment_text = CASE WHEN batch_id IS NULL THEN NULL ELSE attachment_text END WHERE id = ?";

    /** (next attempt, last error, id) */
    static final String RETRY_AT = "UPDATE outbox_message SET status = " + PENDING + ", next_attempt_at = ?, "
            + "claimed_until = NULL, last_error = ? WHERE id = ?";

    /** (now, mail id, campaign id): an organizer's retry of a failed or maybe delivered official's mail. */
    public static final String RETRY_OFFICIALS_MAIL = "UPDATE outbox_message SET status = " + PENDING + ", next_attempt_at = ?, "
            + "claimed_until = NULL WHERE id = ? AND status IN (" + DEAD + ", " + IN_DOUBT + ") "
            + "AND batch_id IN (SELECT id FROM delivery_batch WHERE campaign_id = ?)";

    /** (campaign id) */
    public static final String BATCHES_OF_CAMPAIGN = "SELECT id, created_at, signature_count, total_count, final_batch "
            + "FROM delivery_batch WHERE campaign_id = ? ORDER BY created_at DESC, id DESC";

    /** (campaign id) */
    public static final String MAILS_OF_CAMPAIGN = "SELECT m.id, m.batch_id, m.recipient, m.status, m.attempts, m.last_error, "
            + "m.sent_at, m.next_attempt_at FROM outbox_message m JOIN delivery_batch b ON b.id = m.batch_id "
            + "WHERE b.campaign_id = ? ORDER BY m.id";

    /** (campaign id): when each official first had a batch of the campaign, by address (officials' are kept in clear). */
    public static final String FIRST_SENT_TO_OFFICIALS = "SELECT m.recipient, MIN(m.sent_at) FROM outbox_message m "
            + "JOIN delivery_batch b ON b.id = m.batch_id WHERE b.campaign_id = ? AND m.status = " + SENT + " GROUP BY m.recipient";

    private DeliveryQueries() {
    }

    /** (lease) */
    static String claim(List<Long> ids) {
        return "UPDATE outbox_message SET claimed_until = ?, attempts = attempts + 1 WHERE id IN (" + idList(ids) + ")";
    }

    /** (now): the server has it, so the database keeps no copy of anyone's name or link. */
    static String markSent(List<Long> ids) {
        return "UPDATE outbox_message SET status = " + SENT + ", sent_at = ?, claimed_until = NULL, "
                + "last_error = NULL, body_text = '', body_html = '', attachment_text = NULL WHERE id IN (" + idList(ids) + ")";
    }

    /** ([last error,] lease): only while the claim is still the one this sender made. */
    static String handBack(List<Long> ids, boolean withError) {
        return "UPDATE outbox_message SET claimed_until = NULL, attempts = GREATEST(attempts - 1, 0)"
                + (withError ? ", last_error = ?" : "") + " WHERE status = " + PENDING + " AND claimed_until = ? "
                + "AND id IN (" + idList(ids) + ")";
    }

    /** (new lease, old lease) */
    static String renew(List<Long> ids) {
        return "UPDATE outbox_message SET claimed_until = ? WHERE status = " + PENDING + " AND claimed_until = ? "
                + "AND id IN (" + idList(ids) + ")";
    }

    /** (lease) */
    static String heldUntil(List<Long> ids) {
        return "SELECT id FROM outbox_message WHERE claimed_until = ? AND id IN (" + idList(ids) + ")";
    }

    /** Ids for an IN list: numbers the database gave, so written into the statement as they are. */
    private static String idList(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static String literal(OutboxStatus status) {
        return "'" + status.name() + "'";
    }
}
