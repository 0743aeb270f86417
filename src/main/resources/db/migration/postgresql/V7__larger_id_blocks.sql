-- Each node takes signature and outbox ids in blocks of 500 instead of 50: taking a block holds a
-- lock that every signing request on the node waits for, and in a surge a block of 50 lasted a
-- fraction of a second. A block is the range up to the value the sequence hands out, so the next
-- value must lie a whole block above every id already handed out; a sequence never used yet
-- starts at 500, for a first block of 1 to 500.
ALTER SEQUENCE signature_seq INCREMENT BY 500;
ALTER SEQUENCE outbox_message_seq INCREMENT BY 500;
SELECT setval('signature_seq', 500, false) WHERE NOT (SELECT is_called FROM signature_seq);
SELECT setval('outbox_message_seq', 500, false) WHERE NOT (SELECT is_called FROM outbox_message_seq);
