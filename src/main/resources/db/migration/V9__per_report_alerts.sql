-- Every warning report and every pain or inactivity alert is its own item, acknowledged on its own: who, when,
-- what they did (a fixed choice) and an optional note. Alerts keep a kind and its values, never sentences:
-- the words are rendered from the message bundles when shown, in the reader's language.

-- 1. Warning reports carry their own acknowledgement.
ALTER TABLE warning_report
    ADD COLUMN acknowledged_at      DATETIME(6),
    ADD COLUMN acknowledged_by      VARCHAR(100),
    ADD COLUMN acknowledged_action  VARCHAR(32),
    ADD COLUMN acknowledgement_note VARCHAR(1000),
    ADD INDEX ix_warning_open (acknowledged_at, created_at),
    ADD INDEX ix_warning_patient_open (patient_id, acknowledged_at);

-- A report counts as acknowledged when a warning alert of its patient was acknowledged after it was made, or
-- when the patient's flag is down (an acknowledgement cleared it). The action was not recorded then: NULL.
UPDATE warning_report w
    JOIN patient p ON p.id = w.patient_id
SET w.acknowledged_at = COALESCE(
        (SELECT MIN(a.acknowledged_at) FROM clinician_alert a
         WHERE a.patient_id = w.patient_id AND a.kind = 'WARNING_SYMPTOM' AND a.acknowledged_at >= w.created_at),
        w.created_at),
    w.acknowledged_by = COALESCE(
        (SELECT a.acknowledged_by FROM clinician_alert a
         WHERE a.patient_id = w.patient_id AND a.kind = 'WARNING_SYMPTOM' AND a.acknowledged_at >= w.created_at
         ORDER BY a.acknowledged_at LIMIT 1),
        'unknown')
WHERE p.warning_flag = FALSE
   OR EXISTS (SELECT 1 FROM clinician_alert a
              WHERE a.patient_id = w.patient_id AND a.kind = 'WARNING_SYMPTOM' AND a.acknowledged_at >= w.created_at);

-- 2. Alerts: a kind and its values.
ALTER TABLE clinician_alert
    ADD COLUMN session_log_id       BIGINT,
    ADD COLUMN pain_values          VARCHAR(40),
    ADD COLUMN on_date              DATE,
    ADD COLUMN days                 INT,
    ADD COLUMN acknowledged_action  VARCHAR(32),
    ADD COLUMN acknowledgement_note VARCHAR(1000),
    ADD CONSTRAINT fk_alert_session FOREIGN KEY (session_log_id) REFERENCES session_log (id),
    ADD INDEX ix_alert_worklist (acknowledged_at, raised_at),
    ADD INDEX ix_alert_kind (patient_id, kind, acknowledged_at);

-- The sentences stored so far become values where their form is known.
UPDATE clinician_alert
SET pain_values = SUBSTRING_INDEX(SUBSTRING_INDEX(message, ' ', 2), ' ', -1),
    on_date = STR_TO_DATE(SUBSTRING_INDEX(TRIM(TRAILING '.' FROM message), ' ', -1), '%Y-%m-%d')
WHERE kind = 'HIGH_PAIN' AND message REGEXP '^Pain [0-9]+ of 10 logged with the session of [0-9]{4}-[0-9]{2}-[0-9]{2}';
UPDATE clinician_alert
SET days = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(message, 'last ', -1), ' ', 1) AS UNSIGNED)
WHERE kind = 'NO_RECENT_SESSION' AND message REGEXP '^No session logged in the last [0-9]+ days';

-- Warning-symptom alerts are now the reports themselves (their acknowledgements moved above).
DELETE FROM clinician_alert WHERE kind = 'WARNING_SYMPTOM';

ALTER TABLE clinician_alert DROP COLUMN message;

-- 3. The patient's warning flag is no longer stored: it is "some warning report is unacknowledged", read
--    from warning_report, so reporting a symptom never writes the (versioned) patient row.
ALTER TABLE patient DROP COLUMN warning_flag;
