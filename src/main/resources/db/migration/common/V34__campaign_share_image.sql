-- A campaign's share image for link previews, stored as its header image is (V35) but apart from it,
-- since either may be replaced or removed alone: one 1200x630 JPEG made at upload, the SHA-256 of
-- the upload that names its address, and its alt text in each language the campaign has.
CREATE TABLE campaign_share_image_variant (
    campaign_id   BIGINT       NOT NULL REFERENCES campaign (id),
    width         INTEGER      NOT NULL CHECK (width > 0),
    height        INTEGER      NOT NULL CHECK (height > 0),
    content_type  VARCHAR(16)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    upload_sha256 CHAR(64)     NOT NULL,
    bytes         BYTEA        NOT NULL,
    PRIMARY KEY (campaign_id, width)
);

CREATE TABLE campaign_share_image_alt (
    campaign_id BIGINT       NOT NULL REFERENCES campaign (id),
    language    VARCHAR(8)   NOT NULL,
    alt_text    VARCHAR(300) NOT NULL,
    PRIMARY KEY (campaign_id, language)
);
