-- Signatures held because too many confirmation mails were asked for, from one client address or
-- to one email domain: held as suspect and mailed only once an organizer releases them.
ALTER TABLE signature DROP CONSTRAINT signature_suspect_reason_known;
ALTER TABLE signature ADD CONSTRAINT signature_suspect_reason_known CHECK (suspect_reason IN
    ('HONEYPOT', 'BAD_PROOF', 'ADDRESS_LIMIT', 'DOMAIN_LIMIT', 'UNPROVEN_LIMIT', 'CAMPAIGN_LIMIT',
     'MAIL_ADDRESS_LIMIT', 'MAIL_DOMAIN_LIMIT'));
