-- Addresses and phone numbers are stored encrypted (AES-GCM with a random nonce), which makes
-- them longer than the plain values; duplicates and moderation match on keyed hashes instead.
ALTER TABLE signature ALTER COLUMN email SET DATA TYPE VARCHAR(2000);
ALTER TABLE signature ALTER COLUMN phone SET DATA TYPE VARCHAR(400);
ALTER TABLE outbox_message ALTER COLUMN recipient SET DATA TYPE VARCHAR(2000);
-- Keyed hash of the address's domain, for moderation by domain; filled in by the re-keying at start.
ALTER TABLE signature ADD COLUMN email_domain_key VARCHAR(64) DEFAULT '' NOT NULL;
-- When the retention job removed the signer's personal data; counts and areas stay.
ALTER TABLE signature ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
-- When a campaign stopped taking signatures; the retention period counts from here.
ALTER TABLE campaign ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
