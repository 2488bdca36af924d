-- Patient portal (session logs, warning reports, clinician alerts), account links and the audit trail.

CREATE TABLE account (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    subject       VARCHAR(100)  NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    display_name  VARCHAR(200)  NOT NULL,
    email         VARCHAR(254),
    role          VARCHAR(16)   NOT NULL,
    patient_id    BIGINT,
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_subject UNIQUE (subject),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_patient UNIQUE (patient_id),
    CONSTRAINT fk_account_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id    BIGINT        NOT NULL,
    plan_id       BIGINT        NOT NULL,
    session_date  DATE          NOT NULL,
    exercises_done VARCHAR(500) NOT NULL,
    pain_before   INT       NOT NULL,
    pain_after    INT       NOT NULL,
    note          VARCHAR(1000),
    submission_id VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_session_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
    CONSTRAINT uq_session_submission UNIQUE (patient_id, submission_id),
    INDEX ix_session_patient_date (patient_id, session_date),
    CONSTRAINT ck_session_pain CHECK (pain_before BETWEEN 0 AND 10 AND pain_after BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE warning_report (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id    BIGINT        NOT NULL,
    symptom       VARCHAR(32)   NOT NULL,
    details       VARCHAR(1000),
    submission_id VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_warning_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT uq_warning_submission UNIQUE (patient_id, submission_id),
    INDEX ix_warning_patient (patient_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE clinician_alert (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id       BIGINT        NOT NULL,
    kind             VARCHAR(24)   NOT NULL,
    message          VARCHAR(500)  NOT NULL,
    raised_at        DATETIME(6)   NOT NULL,
    acknowledged_at  DATETIME(6),
    acknowledged_by  VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    INDEX ix_alert_open (patient_id, acknowledged_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail; each entry's hash covers its content and the previous entry's hash.
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(6)   NOT NULL,
    subject         VARCHAR(100)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    record_type     VARCHAR(32)   NOT NULL,
    record_id       BIGINT,
    patient_id      BIGINT,
    outcome         VARCHAR(16)   NOT NULL,
    client_address  VARCHAR(64),
    previous_hash   CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_patient (patient_id, occurred_at),
    INDEX ix_audit_subject (subject, occurred_at),
    INDEX ix_audit_action (action, occurred_at),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row that serialises appends so the hash chain stays linear across app replicas.
CREATE TABLE audit_chain_head (
    id          INT   NOT NULL,
    last_id     BIGINT    NOT NULL,
    last_hash   CHAR(64)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
