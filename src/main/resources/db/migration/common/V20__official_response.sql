-- What officials answered a campaign, as its organizers recorded it: which target (by the address
-- the campaign names, with the name kept for when the target leaves the campaign), the day it
-- arrived, the text in the language it came in, an optional translation and an optional link.
CREATE SEQUENCE official_response_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE official_response (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    campaign_id    BIGINT                   NOT NULL REFERENCES campaign (id),
    target_email   VARCHAR(320)             NOT NULL,
    target_name    VARCHAR(300)             NOT NULL,
    received_on    DATE                     NOT NULL,
    language       VARCHAR(2)               NOT NULL,
    original_text  VARCHAR(20000)           NOT NULL,
    translation    VARCHAR(20000),
    document_url   VARCHAR(2000),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT official_response_language CHECK (language IN ('en', 'es'))
);
CREATE INDEX official_response_campaign ON official_response (campaign_id, received_on);
