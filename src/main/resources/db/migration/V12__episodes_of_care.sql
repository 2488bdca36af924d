-- Episodes of care: one row per referral. An episode is open from its start until a clinician discharges
-- the patient (date, reason, who); a re-referral starts the next episode and keeps the earlier ones.
-- patient.status mirrors the latest episode (ACTIVE while it is open, DISCHARGED after), so set-based
-- queries can leave discharged patients out without a join.

CREATE TABLE episode_of_care (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id             BIGINT        NOT NULL,
    episode_number         INT           NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    started_on             DATE          NOT NULL,
    started_by_subject     VARCHAR(100)  NOT NULL,
    started_by_name        VARCHAR(200)  NOT NULL,
    referral_notes         VARCHAR(4000),
    created_at             DATETIME(6)   NOT NULL,
    discharged_on          DATE,
    discharge_reason       VARCHAR(24),
    discharge_reason_other VARCHAR(500),
    discharge_note         VARCHAR(2000),
    discharged_by_subject  VARCHAR(100),
    discharged_by_name     VARCHAR(200),
    discharged_at          DATETIME(6),
    version                INT           NOT NULL DEFAULT 0,
    -- at most one open episode per patient, enforced by the database too
    open_for_patient       BIGINT AS (IF(status = 'OPEN', patient_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_episode_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT uq_episode_number UNIQUE (patient_id, episode_number),
    CONSTRAINT uq_episode_open UNIQUE (open_for_patient),
    CONSTRAINT ck_episode_status CHECK (status IN ('OPEN', 'DISCHARGED')),
    CONSTRAINT ck_episode_discharge CHECK (status = 'OPEN' OR (discharged_on IS NOT NULL
        AND discharge_reason IS NOT NULL AND discharged_by_subject IS NOT NULL AND discharged_at IS NOT NULL)),
    CONSTRAINT ck_episode_reason CHECK (discharge_reason IS NULL
        OR discharge_reason IN ('GOALS_MET', 'STOPPED_ATTENDING', 'REFERRED_ON', 'OTHER')),
    CONSTRAINT ck_episode_other CHECK (discharge_reason IS NULL OR discharge_reason <> 'OTHER'
        OR discharge_reason_other IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every patient registered so far had one episode, from registration; those already marked discharged
-- get a discharge whose reason says it was recorded before reasons were.
INSERT INTO episode_of_care (patient_id, episode_number, status, started_on, started_by_subject, started_by_name,
                             referral_notes, created_at, discharged_on, discharge_reason, discharge_reason_other,
                             discharged_by_subject, discharged_by_name, discharged_at)
SELECT p.id, 1, IF(p.status = 'DISCHARGED', 'DISCHARGED', 'OPEN'), DATE(p.created_at), 'migration',
       'Recorded at registration', p.referral_notes, p.created_at,
       IF(p.status = 'DISCHARGED', DATE(p.updated_at), NULL),
       IF(p.status = 'DISCHARGED', 'OTHER', NULL),
       IF(p.status = 'DISCHARGED', 'Discharged before discharge reasons were recorded', NULL),
       IF(p.status = 'DISCHARGED', 'migration', NULL),
       IF(p.status = 'DISCHARGED', 'Recorded before discharge reasons were', NULL),
       IF(p.status = 'DISCHARGED', p.updated_at, NULL)
FROM patient p;

-- A plan ends with the episode it belongs to: ENDED is a third plan status beside CURRENT and SUPERSEDED,
-- and ended_at says when (the generated "current" column already holds NULL for anything but CURRENT).
ALTER TABLE treatment_plan
    ADD COLUMN ended_at DATETIME(6) AFTER superseded_at;

UPDATE treatment_plan t
JOIN patient p ON p.id = t.patient_id
SET t.status = 'ENDED', t.ended_at = p.updated_at
WHERE t.status = 'CURRENT' AND p.status = 'DISCHARGED';
