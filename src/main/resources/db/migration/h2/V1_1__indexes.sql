-- H2 has no partial indexes; the embedded default holds far fewer rows.
CREATE INDEX signature_unbatched ON signature (campaign_id, batch_id, id);
CREATE INDEX outbox_due ON outbox_message (status, next_attempt_at, id);
