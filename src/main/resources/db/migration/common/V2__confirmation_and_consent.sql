-- Double opt-in: a signature counts once its signer confirms by mail.
ALTER TABLE signature ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
-- How many mails this signer was sent for this campaign, and when the last one left (flood guard).
ALTER TABLE signature ADD COLUMN mail_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE signature ADD COLUMN last_mail_at TIMESTAMP WITH TIME ZONE;
-- Consent, both off unless the signer ticks them.
ALTER TABLE signature ADD COLUMN listed_publicly BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE signature ADD COLUMN wants_updates BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX signature_public_recent ON signature (campaign_id, confirmed_at);

-- Links in supporter mails. Only a hash of each token is stored: the database alone cannot confirm
-- or withdraw anything.
CREATE TABLE signer_token (
    token_hash    VARCHAR(64) NOT NULL PRIMARY KEY,
    signature_id  BIGINT      NOT NULL REFERENCES signature (id) ON DELETE CASCADE,
    purpose       VARCHAR(10) NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signer_token_purpose_known CHECK (purpose IN ('CONFIRM', 'WITHDRAW'))
);
CREATE INDEX signer_token_signature ON signer_token (signature_id);

-- Supporter mails remember their signature, so withdrawing erases them too.
ALTER TABLE outbox_message ADD COLUMN signature_id BIGINT;
CREATE INDEX outbox_message_signature ON outbox_message (signature_id);
