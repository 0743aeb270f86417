-- The campaign page's counts by area, kept like the counts themselves (V9): each statement that
-- changes how many confirmed signatures an area of a campaign has appends that change here, one
-- row per campaign, area and statement, in its own transaction, and Firmas folds the rows as they
-- pile up (CountLedger). Counting by area from the signatures read every confirmed signature of
-- the campaign, every few seconds, on the cores the pages share.
CREATE TABLE signature_area_count_change (
    campaign_id BIGINT       NOT NULL,
    area        VARCHAR(100) NOT NULL,
    change      BIGINT       NOT NULL
);

-- No node may change a signature between the count below and the triggers' creation.
LOCK TABLE signature IN SHARE ROW EXCLUSIVE MODE;

INSERT INTO signature_area_count_change (campaign_id, area, change)
SELECT campaign_id, area, COUNT(*) FROM signature WHERE status = 'CONFIRMED' AND area IS NOT NULL GROUP BY campaign_id, area;

CREATE FUNCTION signature_area_count_after_insert_or_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO signature_area_count_change (campaign_id, area, change)
    SELECT campaign_id, area, CASE TG_OP WHEN 'DELETE' THEN -COUNT(*) ELSE COUNT(*) END
    FROM changed WHERE status = 'CONFIRMED' AND area IS NOT NULL GROUP BY campaign_id, area;
    RETURN NULL;
END
$$;

-- A signature moves out of its old area and into its new one, whichever of status and area changed.
CREATE FUNCTION signature_area_count_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO signature_area_count_change (campaign_id, area, change)
    SELECT campaign_id, area, SUM(change) FROM (
        SELECT campaign_id, area, 1 AS change FROM after_change WHERE status = 'CONFIRMED' AND area IS NOT NULL
        UNION ALL
        SELECT campaign_id, area, -1 AS change FROM before_change WHERE status = 'CONFIRMED' AND area IS NOT NULL
    ) AS moved
    GROUP BY campaign_id, area
    HAVING SUM(change) <> 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION signature_area_count_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE signature_area_count_change;
    RETURN NULL;
END
$$;

CREATE TRIGGER signature_area_count_insert AFTER INSERT ON signature
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION signature_area_count_after_insert_or_delete();

CREATE TRIGGER signature_area_count_update AFTER UPDATE ON signature
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION signature_area_count_after_update();

CREATE TRIGGER signature_area_count_delete AFTER DELETE ON signature
    REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION signature_area_count_after_insert_or_delete();

CREATE TRIGGER signature_area_count_truncate AFTER TRUNCATE ON signature
    FOR EACH STATEMENT EXECUTE FUNCTION signature_area_count_after_truncate();
