-- Where a signature came from, as a keyed hash of the client address (the address itself is never
-- stored), so moderation can invalidate a burst from one address; and why the abuse checks held a
-- signature as SUSPECT, for the organizer who reviews it.
ALTER TABLE signature ADD COLUMN ip_key VARCHAR(64);
ALTER TABLE signature ADD COLUMN suspect_reason VARCHAR(20);
ALTER TABLE signature ADD CONSTRAINT signature_suspect_reason_known CHECK (suspect_reason IN
    ('HONEYPOT', 'BAD_PROOF', 'ADDRESS_LIMIT', 'DOMAIN_LIMIT', 'UNPROVEN_LIMIT', 'CAMPAIGN_LIMIT'));
CREATE INDEX signature_campaign_ip ON signature (campaign_id, ip_key, created_at);

-- Proof-of-work puzzles already solved, kept until they expire: each solution serves one signature.
CREATE TABLE used_challenge (
    nonce       VARCHAR(24)  NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX used_challenge_expiry ON used_challenge (expires_at);

-- Moderation now also releases or invalidates suspect signatures, and invalidates by address.
ALTER TABLE moderation_log DROP CONSTRAINT moderation_action_known;
ALTER TABLE moderation_log ADD CONSTRAINT moderation_action_known CHECK (action IN
    ('HIDE', 'INVALIDATE_DOMAIN', 'INVALIDATE_ADDRESS', 'RELEASE', 'RELEASE_ALL', 'HIDE_SUSPECTS'));
