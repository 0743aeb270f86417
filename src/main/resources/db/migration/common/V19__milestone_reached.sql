-- When each milestone of a campaign was first reached. The key makes it once per campaign and
-- count however many nodes notice it at the same moment: each inserts, the duplicate is ignored.
CREATE TABLE milestone_reached (
    campaign_id  BIGINT                   NOT NULL REFERENCES campaign (id),
    signatures   BIGINT                   NOT NULL,
    reached_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT milestone_reached_key PRIMARY KEY (campaign_id, signatures),
    CONSTRAINT milestone_reached_positive CHECK (signatures > 0)
);
