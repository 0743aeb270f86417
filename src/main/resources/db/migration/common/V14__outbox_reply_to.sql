-- Where an official's answer to a batch mail goes (its Reply-To): an organizer's address, the
-- campaign's contact or the organization's, fixed when the mail is written. Supporter mails have none.
ALTER TABLE outbox_message ADD COLUMN reply_to VARCHAR(320);
