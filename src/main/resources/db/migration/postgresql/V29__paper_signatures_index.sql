-- Paper signatures of a campaign, for "of which N on paper" and for undoing an import; partial, so
-- online signatures, nearly all of them, add nothing to it.
CREATE INDEX signature_paper ON signature (campaign_id, paper_import_id) WHERE paper_import_id IS NOT NULL;
