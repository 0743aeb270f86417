-- A campaign image's address is named by the SHA-256 of the bytes it serves, no longer by the
-- upload's: whoever holds the original file cannot match it to the campaign. Each stored size gets
-- the hash of its own bytes, so every image already stored gets new addresses. upload_sha256 stays,
-- never shown, to recognise a campaign file's unchanged picture.
ALTER TABLE campaign_image_variant ADD COLUMN content_sha256 CHAR(64);
UPDATE campaign_image_variant SET content_sha256 = encode(sha256(bytes), 'hex');
ALTER TABLE campaign_image_variant ALTER COLUMN content_sha256 SET NOT NULL;

ALTER TABLE campaign_share_image_variant ADD COLUMN content_sha256 CHAR(64);
UPDATE campaign_share_image_variant SET content_sha256 = encode(sha256(bytes), 'hex');
ALTER TABLE campaign_share_image_variant ALTER COLUMN content_sha256 SET NOT NULL;
