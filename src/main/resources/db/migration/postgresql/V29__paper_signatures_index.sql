-- Paper signatures of a campaign, for "of which N on paper" and for undoing an import; partial, so
-- online signatures, nearly all of them, add nothing to it.
CREATE INDEX signature_paper ON signature (campaign_id, paper_import_id) WHERE paper_import_id IS NOT NULL;

-- The same file imported twice at the same moment (two organizers, a double click): the second
-- import's transaction fails here and adds nothing. The console checks before importing; this
-- settles the race, where the embedded default (few organizers, one node) relies on the check.
CREATE UNIQUE INDEX paper_import_standing ON paper_import (campaign_id, file_sha256) WHERE undone_at IS NULL;
