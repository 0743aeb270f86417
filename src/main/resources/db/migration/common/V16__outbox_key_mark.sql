-- The data key every waiting mail in the outbox was last moved to. Delivery's own mark beside
-- data_key_mark, which covers signers' rows only: each capability re-keys and marks its own rows,
-- so neither pass has to wait for or read the other's table. Empty at first, so the next start
-- checks the outbox once.
CREATE TABLE outbox_key_mark (
    id      INTEGER     NOT NULL PRIMARY KEY,
    key_id  VARCHAR(16) NOT NULL,
    CONSTRAINT outbox_key_mark_single_row CHECK (id = 1)
);
