-- On PostgreSQL this is a table of changes that triggers append to (see the PostgreSQL migration
-- of the same version). The embedded default holds few signatures, so here the same name counts
-- them directly: one row per campaign, which is also what a folded table holds.
CREATE VIEW signature_count_change AS
SELECT campaign_id, COUNT(*) AS change FROM signature WHERE status = 'CONFIRMED' GROUP BY campaign_id;
