-- The site's counts, without reading every signature and without a row that every signature
-- updates. Each statement that changes how many confirmed signatures a campaign has appends that
-- change here, one row per campaign and statement, in its own transaction; a count is the sum of
-- this small table. Firmas folds the rows back into one per campaign as they pile up
-- (CountLedger). The triggers see every change while they are enabled, whatever made it: a
-- confirmation, moderation, a withdrawal, retention, or SQL typed by hand.
CREATE TABLE signature_count_change (
    campaign_id BIGINT NOT NULL,
    change      BIGINT NOT NULL
);

-- No node may change a signature between the count below and the triggers' creation: such a
-- change would be in neither. The lock is held until this migration commits.
LOCK TABLE signature IN SHARE ROW EXCLUSIVE MODE;

INSERT INTO signature_count_change (campaign_id, change)
SELECT campaign_id, COUNT(*) FROM signature WHERE status = 'CONFIRMED' GROUP BY campaign_id;

-- Rows added count up, rows removed count down; both triggers name their rows "changed".
CREATE FUNCTION signature_count_after_insert_or_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO signature_count_change (campaign_id, change)
    SELECT campaign_id, CASE TG_OP WHEN 'DELETE' THEN -COUNT(*) ELSE COUNT(*) END
    FROM changed WHERE status = 'CONFIRMED' GROUP BY campaign_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION signature_count_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO signature_count_change (campaign_id, change)
    SELECT campaign_id, SUM(change) FROM (
        SELECT campaign_id, 1 AS change FROM after_change WHERE status = 'CONFIRMED'
        UNION ALL
        SELECT campaign_id, -1 AS change FROM before_change WHERE status = 'CONFIRMED'
    ) AS moved
    GROUP BY campaign_id
    HAVING SUM(change) <> 0;
    RETURN NULL;
END
$$;

-- TRUNCATE, not DELETE: it waits for a fold in progress instead of missing the sums it writes.
CREATE FUNCTION signature_count_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE signature_count_change;
    RETURN NULL;
END
$$;

CREATE TRIGGER signature_count_insert AFTER INSERT ON signature
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION signature_count_after_insert_or_delete();

CREATE TRIGGER signature_count_update AFTER UPDATE ON signature
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION signature_count_after_update();

CREATE TRIGGER signature_count_delete AFTER DELETE ON signature
    REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION signature_count_after_insert_or_delete();

CREATE TRIGGER signature_count_truncate AFTER TRUNCATE ON signature
    FOR EACH STATEMENT EXECUTE FUNCTION signature_count_after_truncate();
