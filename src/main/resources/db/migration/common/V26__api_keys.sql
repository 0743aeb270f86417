-- API keys for the OSDI API: each belongs to one organizer account and acts with its campaign
-- access. Only the SHA-256 of the key is kept; the key itself is shown once, when it is made.
-- An admin may trust a key to vouch for its signers, whose signatures are then recorded confirmed.
CREATE SEQUENCE api_key_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE api_key (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL REFERENCES organizer_account (id),
    label           VARCHAR(100)  NOT NULL,
    token_hash      VARCHAR(64)   NOT NULL,
    trusted         BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_token_unique UNIQUE (token_hash)
);
CREATE INDEX api_key_account ON api_key (account_id);

-- Every use of a key that reads or records signatures: which key, whose, which campaign, what and
-- when; never whose signature.
CREATE SEQUENCE api_audit_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE api_audit (
    id              BIGINT        NOT NULL PRIMARY KEY,
    key_id          BIGINT        NOT NULL REFERENCES api_key (id),
    account_id      BIGINT        NOT NULL REFERENCES organizer_account (id),
    campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
    action          VARCHAR(20)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_audit_action_known CHECK (action IN ('LIST_SIGNATURES', 'READ_SIGNATURE', 'RECORD_SIGNATURE'))
);
CREATE INDEX api_audit_campaign ON api_audit (campaign_id, created_at);
