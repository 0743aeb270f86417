-- Webhook endpoints: where an organizer's own system hears of a campaign's events. The secret is
-- encrypted with the data key, since each delivery is signed with it.
CREATE SEQUENCE webhook_endpoint_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE webhook_endpoint (
    id           BIGINT        NOT NULL PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL REFERENCES campaign (id),
    url          VARCHAR(2000) NOT NULL,
    events       VARCHAR(200)  NOT NULL,
    secret       VARCHAR(300)  NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_endpoint_campaign ON webhook_endpoint (campaign_id);

-- One delivery per endpoint, event and subject, written in the transaction of its cause and sent
-- like an outbox row: claimed for a lease, retried with backoff, dead after its last attempt. The
-- body (personal data for a signature) is encrypted and dropped once the delivery is over.
CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_delivery (
    id               BIGINT       NOT NULL PRIMARY KEY,
    delivery_key     VARCHAR(40)  NOT NULL,
    endpoint_id      BIGINT       NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event            VARCHAR(24)  NOT NULL,
    subject          VARCHAR(100) NOT NULL,
    signature_id     BIGINT,
    body             TEXT,
    status           VARCHAR(10)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_http_status INTEGER,
    last_error       VARCHAR(300),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_once UNIQUE (endpoint_id, event, subject),
    CONSTRAINT webhook_delivery_key_unique UNIQUE (delivery_key),
    CONSTRAINT webhook_delivery_status_known CHECK (status IN ('PENDING', 'SENT', 'DEAD'))
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at);
-- A signer's erasure deletes the deliveries about their signature.
CREATE INDEX webhook_delivery_signature ON webhook_delivery (signature_id);

-- The data key every endpoint's secret and every waiting delivery's body was last moved to: the
-- webhooks' own mark, as the outbox has its own. Empty at first, so the next start checks once.
CREATE TABLE webhook_key_mark (
    id      INTEGER     NOT NULL PRIMARY KEY,
    key_id  VARCHAR(16) NOT NULL,
    CONSTRAINT webhook_key_mark_single_row CHECK (id = 1)
);
