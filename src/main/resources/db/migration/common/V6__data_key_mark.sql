-- The data key every signer's row was last moved to. A start whose key matches skips the
-- re-keying pass, which would otherwise read the whole signature table at every start.
CREATE TABLE data_key_mark (
    id      INTEGER     NOT NULL PRIMARY KEY,
    key_id  VARCHAR(16) NOT NULL,
    CONSTRAINT data_key_mark_single_row CHECK (id = 1)
);
