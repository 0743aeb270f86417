-- H2 has no partial indexes (see the PostgreSQL migration of the same version).
CREATE INDEX signature_paper ON signature (campaign_id, paper_import_id);
