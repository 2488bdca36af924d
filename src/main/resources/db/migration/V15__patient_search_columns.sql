-- Finding a patient as the front desk does. Three generated columns, each with an index, so every kind of
-- search is an index range scan (see docs/architecture.md, "Finding a patient"):
--   name_given_first   "Hannah Verhoeven": a full name as written, or the start of it (given name first);
--   name_family_first  "Verhoeven Hannah": the same with the family name first;
--   phone_digits_rev   the phone number's digits, last digit first: a number typed without its country or
--                      area code ends the same way as the stored one, and a suffix search becomes a prefix
--                      search on this column.
-- The MRN (unique key) and the date of birth (ix_patient_dob) are already indexed. The table's collation
-- (utf8mb4_unicode_ci) makes every comparison case- and accent-insensitive.

ALTER TABLE patient
    ADD COLUMN name_given_first  VARCHAR(201) AS (CONCAT(given_name, ' ', family_name)) PERSISTENT,
    ADD COLUMN name_family_first VARCHAR(201) AS (CONCAT(family_name, ' ', given_name)) PERSISTENT,
    ADD COLUMN phone_digits_rev  VARCHAR(40)  AS (REVERSE(REGEXP_REPLACE(COALESCE(phone, ''), '[^0-9]', ''))) PERSISTENT,
    ADD INDEX ix_patient_name_given_first (name_given_first),
    ADD INDEX ix_patient_name_family_first (name_family_first),
    ADD INDEX ix_patient_phone_digits_rev (phone_digits_rev);
