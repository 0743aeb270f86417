-- H2 has no partial indexes (see the PostgreSQL migration of the same version); the embedded
-- default holds far fewer rows, and this index narrows the list's reads to the shown ones too.
CREATE INDEX signature_listed_recent ON signature (campaign_id, status, listed_publicly, confirmed_at);
