-- Organizer accounts. The password is PBKDF2-HMAC-SHA256: salt, iteration count and hash are kept
-- together so the work factor can be raised later without locking anybody out.
CREATE SEQUENCE organizer_account_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE organizer_account (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    email                VARCHAR(320)  NOT NULL,
    display_name         VARCHAR(100)  NOT NULL,
    role                 VARCHAR(12)   NOT NULL,
    password_salt        VARCHAR(64)   NOT NULL,
    password_iterations  INTEGER       NOT NULL,
    password_hash        VARCHAR(128)  NOT NULL,
    active               BOOLEAN       DEFAULT TRUE NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organizer_account_email_unique UNIQUE (email),
    CONSTRAINT organizer_account_role_known CHECK (role IN ('admin', 'organizer')),
    CONSTRAINT organizer_account_work_factor CHECK (password_iterations >= 600000)
);

-- Console campaigns keep their definition in the campaign file format, so export and upload are
-- the same text; the areas table is what a file campaign keeps beside its file.
ALTER TABLE campaign ADD COLUMN definition TEXT;
ALTER TABLE campaign ADD COLUMN areas_csv TEXT;
ALTER TABLE campaign ADD COLUMN owner_id BIGINT;
ALTER TABLE campaign ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign ADD CONSTRAINT campaign_owner_fk FOREIGN KEY (owner_id) REFERENCES organizer_account (id);
ALTER TABLE campaign ADD CONSTRAINT campaign_console_has_definition
    CHECK (source <> 'CONSOLE' OR definition IS NOT NULL);
CREATE INDEX campaign_owner ON campaign (owner_id);

-- Who hid or invalidated which signatures, and why: moderation must be answerable.
CREATE SEQUENCE moderation_log_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE moderation_log (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
    account_id      BIGINT        NOT NULL REFERENCES organizer_account (id),
    action          VARCHAR(20)   NOT NULL,
    detail          VARCHAR(500)  NOT NULL,
    affected        INTEGER       NOT NULL CHECK (affected >= 0),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT moderation_action_known CHECK (action IN ('HIDE', 'INVALIDATE_DOMAIN'))
);
CREATE INDEX moderation_log_campaign ON moderation_log (campaign_id, created_at);

-- Every download of signatures: who, when, which campaign, how many rows.
CREATE SEQUENCE export_audit_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE export_audit (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
    account_id      BIGINT        NOT NULL REFERENCES organizer_account (id),
    row_count       BIGINT        NOT NULL CHECK (row_count >= 0),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX export_audit_campaign ON export_audit (campaign_id, created_at);
