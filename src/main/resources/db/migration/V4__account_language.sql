-- The language a patient chose for the portal ("en", "es"). NULL: follow the browser's Accept-Language.
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(8) NULL AFTER active;
