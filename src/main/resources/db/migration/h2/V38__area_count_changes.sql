-- On PostgreSQL a table of changes that triggers append to (see the PostgreSQL migration of the
-- same version). The embedded default holds few signatures, so here the same name counts them
-- directly: one row per campaign and area, which is also what a folded table holds.
CREATE VIEW signature_area_count_change AS
SELECT campaign_id, area, COUNT(*) AS change FROM signature WHERE status = 'CONFIRMED' AND area IS NOT NULL
GROUP BY campaign_id, area;
