-- Outcome measures: questionnaires assigned to a patient, their answers and scores.
-- A submitted response is never changed: a correction is a new numbered response and the one it replaces
-- is marked superseded. Answers in progress are a draft response, at most one per assigned measure.

CREATE TABLE outcome_assignment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id          BIGINT        NOT NULL,
    instrument          VARCHAR(16)   NOT NULL,
    occasion            VARCHAR(16)   NOT NULL,
    due_date            DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    assigned_by_subject VARCHAR(100)  NOT NULL,
    assigned_by_name    VARCHAR(200)  NOT NULL,
    assigned_at         DATETIME(6)   NOT NULL,
    completed_at        DATETIME(6),
    version             INT           NOT NULL DEFAULT 0,
    -- at most one unanswered assignment of an instrument per patient
    open_for_patient    BIGINT AS (IF(status = 'OPEN', patient_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_outcome_assignment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT uq_outcome_assignment_open UNIQUE (open_for_patient, instrument),
    INDEX ix_outcome_assignment_patient (patient_id, assigned_at),
    CONSTRAINT ck_outcome_assignment_status CHECK (status IN ('OPEN', 'COMPLETED')),
    CONSTRAINT ck_outcome_assignment_occasion CHECK (occasion IN ('BASELINE', 'REVIEW', 'DISCHARGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outcome_response (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id         BIGINT        NOT NULL,
    patient_id            BIGINT        NOT NULL,
    response_number       INT,
    status                VARCHAR(16)   NOT NULL,
    score                 DECIMAL(5, 1),
    answered_by           VARCHAR(16)   NOT NULL,
    answered_by_subject   VARCHAR(100)  NOT NULL,
    answered_by_name      VARCHAR(200)  NOT NULL,
    started_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    submitted_at          DATETIME(6),
    superseded_at         DATETIME(6),
    supersedes_id         BIGINT,
    correction_reason     VARCHAR(1000),
    version               INT           NOT NULL DEFAULT 0,
    -- at most one draft and one current submitted response per assignment
    draft_for_assignment   BIGINT AS (IF(status = 'DRAFT', assignment_id, NULL)) PERSISTENT,
    current_for_assignment BIGINT AS (IF(status = 'SUBMITTED', assignment_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_outcome_response_assignment FOREIGN KEY (assignment_id) REFERENCES outcome_assignment (id),
    CONSTRAINT fk_outcome_response_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_outcome_response_supersedes FOREIGN KEY (supersedes_id) REFERENCES outcome_response (id),
    CONSTRAINT uq_outcome_response_draft UNIQUE (draft_for_assignment),
    CONSTRAINT uq_outcome_response_current UNIQUE (current_for_assignment),
    CONSTRAINT uq_outcome_response_number UNIQUE (assignment_id, response_number),
    CONSTRAINT ck_outcome_response_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'SUPERSEDED')),
    CONSTRAINT ck_outcome_response_scored CHECK (status = 'DRAFT' OR (score IS NOT NULL AND response_number IS NOT NULL
        AND submitted_at IS NOT NULL)),
    CONSTRAINT ck_outcome_response_answered_by CHECK (answered_by IN ('PATIENT', 'CLINICIAN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outcome_answer (
    response_id   BIGINT        NOT NULL,
    item_key      VARCHAR(16)   NOT NULL,
    answer_value  INT,
    answer_text   VARCHAR(200),
    PRIMARY KEY (response_id, item_key),
    CONSTRAINT fk_outcome_answer_response FOREIGN KEY (response_id) REFERENCES outcome_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
