-- Campaigns: one row per slug, whether the definition comes from a file or the console.
CREATE SEQUENCE campaign_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE campaign (
    id              BIGINT       NOT NULL PRIMARY KEY,
    slug            VARCHAR(64)  NOT NULL,
    source          VARCHAR(8)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_batch_at   TIMESTAMP WITH TIME ZONE,
    final_batch_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT campaign_slug_unique UNIQUE (slug),
    CONSTRAINT campaign_source_known CHECK (source IN ('FILE', 'CONSOLE'))
);

-- Delivery batches: one row per round of new signatures sent to a campaign's targets.
CREATE SEQUENCE delivery_batch_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE delivery_batch (
    id               BIGINT  NOT NULL PRIMARY KEY,
    campaign_id      BIGINT  NOT NULL REFERENCES campaign (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signature_count  INTEGER NOT NULL CHECK (signature_count >= 0),
    total_count      BIGINT  NOT NULL CHECK (total_count >= 0),
    final_batch      BOOLEAN NOT NULL
);
CREATE INDEX delivery_batch_campaign ON delivery_batch (campaign_id, created_at);

-- Signatures: email_key is the canonical form of the address, unique per campaign.
CREATE SEQUENCE signature_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE signature (
    id            BIGINT       NOT NULL PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL REFERENCES campaign (id),
    email_key     VARCHAR(320) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    zip           VARCHAR(10)  NOT NULL,
    area          VARCHAR(100),
    phone         VARCHAR(40),
    signer_comment VARCHAR(1000),
    language      VARCHAR(8)   NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id      BIGINT REFERENCES delivery_batch (id),
    CONSTRAINT signature_one_per_person UNIQUE (campaign_id, email_key),
    CONSTRAINT signature_status_known CHECK (status IN ('PENDING', 'CONFIRMED', 'SUSPECT', 'HIDDEN', 'WITHDRAWN'))
);
CREATE INDEX signature_campaign_status ON signature (campaign_id, status);
CREATE INDEX signature_batch ON signature (batch_id);

-- The outbox: every mail is a row written in the transaction that causes it.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    message_id       VARCHAR(200)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    batch_id         BIGINT REFERENCES delivery_batch (id),
    recipient        VARCHAR(320)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body_text        TEXT          NOT NULL,
    body_html        TEXT          NOT NULL,
    attachment_name  VARCHAR(100),
    attachment_text  TEXT,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_message_id_unique UNIQUE (message_id),
    CONSTRAINT outbox_status_known CHECK (status IN ('PENDING', 'SENT', 'DEAD'))
);
