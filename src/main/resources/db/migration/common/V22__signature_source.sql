-- Where a signature came from: a partner's key, a share channel or the embedded form, as the
-- campaign knows them (anything else is stored as none); and whether the signer asked that partner
-- for news, consent that retention blanks like the signer's own.
ALTER TABLE signature ADD COLUMN source VARCHAR(40);
ALTER TABLE signature ADD COLUMN partner_opt_in BOOLEAN DEFAULT FALSE NOT NULL;
