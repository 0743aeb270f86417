-- Mail someone is waiting for (a confirmation link, their data, an official's batch) is claimed
-- before the updates' mails, whatever order they were queued in: this index finds it without
-- reading the updates' mails waiting beside it, which can be a hundred thousand.
CREATE INDEX outbox_due_first ON outbox_message (next_attempt_at, id) WHERE status = 'PENDING' AND kind <> 'UPDATE';
