-- An update's subject and body in every language it is written in, one row a language, so a
-- language added to the site needs no new column. English is the one every update has; a
-- supporter of a language the update lacks receives the English text.
CREATE TABLE supporter_update_text (
    update_id  BIGINT       NOT NULL REFERENCES supporter_update (id),
    language   VARCHAR(10)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    CONSTRAINT supporter_update_text_key PRIMARY KEY (update_id, language)
);

-- An empty text was a language not written yet (a milestone message in one language only).
INSERT INTO supporter_update_text (update_id, language, subject, body)
    SELECT id, 'en', subject_en, body_en FROM supporter_update WHERE subject_en <> '' OR body_en <> '';
INSERT INTO supporter_update_text (update_id, language, subject, body)
    SELECT id, 'es', subject_es, body_es FROM supporter_update WHERE subject_es <> '' OR body_es <> '';

ALTER TABLE supporter_update DROP COLUMN subject_en;
ALTER TABLE supporter_update DROP COLUMN subject_es;
ALTER TABLE supporter_update DROP COLUMN body_en;
ALTER TABLE supporter_update DROP COLUMN body_es;
