-- Partial indexes keep the delivery look-ups small however many signatures and mails are done.
CREATE INDEX signature_unbatched ON signature (campaign_id, id) WHERE batch_id IS NULL;
CREATE INDEX outbox_due ON outbox_message (next_attempt_at, id) WHERE status = 'PENDING';
