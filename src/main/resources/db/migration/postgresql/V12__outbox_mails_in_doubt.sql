-- An official's mail is SENDING while the mail server has it, and IN_DOUBT (maybe delivered) when
-- its answer was lost: such a mail is never sent again on its own.
ALTER TABLE outbox_message DROP CONSTRAINT outbox_status_known;
ALTER TABLE outbox_message ADD CONSTRAINT outbox_status_known
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'IN_DOUBT', 'DEAD'));
-- Every claim looks for mails whose sender stopped while the server had them; there are few.
CREATE INDEX outbox_in_flight ON outbox_message (claimed_until) WHERE status = 'SENDING';
