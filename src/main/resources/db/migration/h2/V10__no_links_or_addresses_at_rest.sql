-- Mail kept by earlier versions: a sent mail keeps no body, nor does a supporter's failed one,
-- which nothing sends again (its body held live confirm and withdraw links). An official's failed
-- mail keeps its body for the organizer's retry.
UPDATE outbox_message SET body_text = '', body_html = '', attachment_text = NULL
WHERE (status = 'SENT' OR (status = 'DEAD' AND batch_id IS NULL))
  AND (body_text <> '' OR body_html <> '' OR attachment_text IS NOT NULL);

-- Servers' replies were stored as they came, often naming the recipient; the pattern is LogRedaction's.
UPDATE outbox_message
SET last_error = REGEXP_REPLACE(last_error, '[^\s<>"''(),;:\[\]][^\s<>"(),;:\[\]]*@[^\s<>"''(),;:\[\]]+', '<address>')
WHERE last_error LIKE '%@%';

-- The bodies left (mails still waiting, officials' failed ones) are encrypted by the re-keying
-- pass at the next start, which runs again once no key is marked as done.
DELETE FROM data_key_mark;
