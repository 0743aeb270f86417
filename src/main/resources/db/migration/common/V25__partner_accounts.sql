-- A partner organization's console account: it sees one campaign's figures for its own key and
-- its own opted-in supporters, nothing else. Only partner accounts name a campaign and a key.
ALTER TABLE organizer_account DROP CONSTRAINT organizer_account_role_known;
ALTER TABLE organizer_account ADD CONSTRAINT organizer_account_role_known CHECK (role IN ('admin', 'organizer', 'partner'));
ALTER TABLE organizer_account ADD COLUMN campaign_id BIGINT;
ALTER TABLE organizer_account ADD COLUMN partner_key VARCHAR(40);
ALTER TABLE organizer_account ADD CONSTRAINT organizer_account_partner_campaign_fk
    FOREIGN KEY (campaign_id) REFERENCES campaign (id);
ALTER TABLE organizer_account ADD CONSTRAINT organizer_account_partner_scope CHECK (
    (role = 'partner' AND campaign_id IS NOT NULL AND partner_key IS NOT NULL)
    OR (role <> 'partner' AND campaign_id IS NULL AND partner_key IS NULL));
CREATE INDEX organizer_account_campaign ON organizer_account (campaign_id);
