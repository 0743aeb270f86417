-- Supporter updates: news an organizer writes (or a milestone, a response or a victory prepares)
-- for the confirmed signers of a campaign who asked for it. queued_through is the last signature
-- queued, so queueing resumes after a crash where it stopped, chunk by chunk.
CREATE SEQUENCE supporter_update_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE supporter_update (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
    status          VARCHAR(20)   NOT NULL,
    origin          VARCHAR(100),
    subject_en      VARCHAR(200)  NOT NULL,
    subject_es      VARCHAR(200)  NOT NULL,
    body_en         TEXT          NOT NULL,
    body_es         TEXT          NOT NULL,
    audience        VARCHAR(2000) NOT NULL,
    organizer_id    BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    queued_through  BIGINT        NOT NULL DEFAULT 0,
    queued_count    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT supporter_update_status_known CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SENDING', 'SENT')),
    CONSTRAINT supporter_update_one_per_origin UNIQUE (campaign_id, origin)
);
CREATE INDEX supporter_update_campaign ON supporter_update (campaign_id);
CREATE INDEX supporter_update_status ON supporter_update (status);

-- Who asked a campaign for no more updates: by the keyed hash of their address, never the address
-- itself, and by signature (which survives a key rotation); forgotten when the signer is erased.
CREATE TABLE update_unsubscription (
    campaign_id   BIGINT       NOT NULL REFERENCES campaign (id),
    email_key     VARCHAR(320) NOT NULL,
    signature_id  BIGINT       NOT NULL,
    update_id     BIGINT REFERENCES supporter_update (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT update_unsubscription_key PRIMARY KEY (campaign_id, email_key)
);
CREATE INDEX update_unsubscription_update ON update_unsubscription (update_id);
CREATE INDEX update_unsubscription_signature ON update_unsubscription (signature_id);

-- Delivery: an update mail carries its one-click unsubscribe address (RFC 8058) and the update
-- it belongs to, whose sent and failed mails the console counts.
ALTER TABLE outbox_message ADD COLUMN list_unsubscribe VARCHAR(300);
ALTER TABLE outbox_message ADD COLUMN update_id BIGINT;
CREATE INDEX outbox_message_update ON outbox_message (update_id, status);

-- Signature: unsubscribe links are signer tokens of their own purpose.
ALTER TABLE signer_token ALTER COLUMN purpose SET DATA TYPE VARCHAR(20);
ALTER TABLE signer_token DROP CONSTRAINT signer_token_purpose_known;
ALTER TABLE signer_token ADD CONSTRAINT signer_token_purpose_known CHECK (purpose IN ('CONFIRM', 'WITHDRAW', 'UNSUBSCRIBE'));
