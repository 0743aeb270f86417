-- Typed-up paper signature sheets, one row per imported file: who imported it and when, the
-- file's SHA-256 (the same file is not imported twice), how many signatures it added, and the
-- events, collectors and sheet codes it named. An undone import keeps its row, with who undid it
-- and when; its signatures are gone.
CREATE SEQUENCE paper_import_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE paper_import (
    id             BIGINT        NOT NULL PRIMARY KEY,
    campaign_id    BIGINT        NOT NULL REFERENCES campaign (id),
    file_sha256    CHAR(64)      NOT NULL,
    rows_imported  INTEGER       NOT NULL CHECK (rows_imported >= 0),
    duplicates     INTEGER       NOT NULL CHECK (duplicates >= 0),
    events         VARCHAR(4000) NOT NULL,
    collectors     VARCHAR(4000) NOT NULL,
    sheet_codes    VARCHAR(4000) NOT NULL,
    imported_by    VARCHAR(320)  NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by      VARCHAR(320),
    undone_at      TIMESTAMP WITH TIME ZONE,
    undone_rows    INTEGER
);
CREATE INDEX paper_import_campaign ON paper_import (campaign_id, imported_at);

-- A signature typed in from a paper sheet names its import, so undoing the import removes exactly
-- its signatures. Many paper signers have no email address: their row has none (NULL), and a key
-- of its own ('paper:' and a random id) in place of the address's, so the one-per-person index
-- never matches them.
ALTER TABLE signature ADD COLUMN paper_import_id BIGINT;
ALTER TABLE signature ALTER COLUMN email DROP NOT NULL;
