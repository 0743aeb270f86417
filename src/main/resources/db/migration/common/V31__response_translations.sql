-- An official's response may come in any language the site speaks, which the site's
-- configuration lists rather than the schema, and may have a translation into each other one.
ALTER TABLE official_response DROP CONSTRAINT official_response_language;
ALTER TABLE official_response ALTER COLUMN language SET DATA TYPE VARCHAR(10);

CREATE TABLE official_response_translation (
    response_id      BIGINT         NOT NULL REFERENCES official_response (id),
    language         VARCHAR(10)    NOT NULL,
    translated_text  VARCHAR(20000) NOT NULL,
    CONSTRAINT official_response_translation_key PRIMARY KEY (response_id, language)
);

-- The one translation there was is in the other of English and Spanish.
INSERT INTO official_response_translation (response_id, language, translated_text)
    SELECT id, CASE WHEN language = 'en' THEN 'es' ELSE 'en' END, translation FROM official_response
    WHERE translation IS NOT NULL AND translation <> '';

ALTER TABLE official_response DROP COLUMN translation;
