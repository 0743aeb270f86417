-- Each node takes signature and outbox ids in blocks of 500 instead of 50 (see the PostgreSQL
-- migration of the same version). H2's base value is the next value it hands out, one old block
-- above the last id in use: restarting 450 higher puts the next 500-block right above that id.
ALTER SEQUENCE signature_seq RESTART WITH (SELECT BASE_VALUE + 450 FROM INFORMATION_SCHEMA.SEQUENCES
    WHERE SEQUENCE_NAME = 'SIGNATURE_SEQ') INCREMENT BY 500;
ALTER SEQUENCE outbox_message_seq RESTART WITH (SELECT BASE_VALUE + 450 FROM INFORMATION_SCHEMA.SEQUENCES
    WHERE SEQUENCE_NAME = 'OUTBOX_MESSAGE_SEQ') INCREMENT BY 500;
