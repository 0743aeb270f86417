-- The signatures a batch for officials is due to take: confirmed and in no batch yet. The index
-- it replaces held every signature in no batch, those still waiting for confirmation too (many
-- never get it), so each check for a due batch read them all, every round, however few were due.
DROP INDEX signature_unbatched;
CREATE INDEX signature_undelivered ON signature (campaign_id, id) WHERE batch_id IS NULL AND status = 'CONFIRMED';
