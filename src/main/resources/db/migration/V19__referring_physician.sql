-- The physician who referred the patient: who progress reports and letters go to. All optional; a clinic
-- records what it has (a fax number for one practice, a postal address or a secure email for another).
ALTER TABLE patient
    ADD COLUMN referrer_name     VARCHAR(200),
    ADD COLUMN referrer_practice VARCHAR(200),
    ADD COLUMN referrer_address  VARCHAR(500),
    ADD COLUMN referrer_phone    VARCHAR(40),
    ADD COLUMN referrer_fax      VARCHAR(40),
    ADD COLUMN referrer_email    VARCHAR(254);
