-- A "my data" link keeps the address it was mailed to, encrypted like a signer's, so that a start
-- after a data key rotation can hash it again under the new key: the stored hash alone cannot be
-- moved. Links already issued carry no address; they lasted an hour, and are asked for anew.
DELETE FROM my_data_link;
ALTER TABLE my_data_link ADD COLUMN email VARCHAR(2000) NOT NULL;
