-- The counts shown on campaign pages come from one aggregate over the confirmed signatures
-- (SignatureCounts). Without an index of those rows it read the whole table: 123 ms with 1.1
-- million confirmed of 1.25 million; with this one, once vacuumed, an index-only scan of 48 ms.
-- H2 answers the same query from signature_campaign_status.
CREATE INDEX signature_confirmed ON signature (campaign_id) WHERE status = 'CONFIRMED';
