-- Progress reports to the referring physician. A report is drafted from the record (the drafted parts are
-- kept as written then, in `content`, so a signed report reads the same whatever happens to the record
-- afterwards), completed by the clinician, signed (read-only afterwards), corrected by addenda and sent.

CREATE TABLE progress_report (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id          BIGINT        NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    clinician_subject   VARCHAR(100)  NOT NULL,
    clinician_name      VARCHAR(200)  NOT NULL,
    report_date         DATE          NOT NULL,
    referral_reason     VARCHAR(4000),
    assessment          VARCHAR(4000),
    next_steps          VARCHAR(4000),
    content             MEDIUMTEXT    NOT NULL,
    drafted_at          DATETIME(6)   NOT NULL,
    signed_by_subject   VARCHAR(100),
    signed_by_name      VARCHAR(200),
    signed_at           DATETIME(6),
    content_hash        CHAR(64),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    INDEX ix_report_patient (patient_id, status, signed_at),
    CONSTRAINT ck_report_status CHECK (status IN ('DRAFT', 'SIGNED')),
    CONSTRAINT ck_report_signed CHECK (status = 'DRAFT' OR (signed_at IS NOT NULL AND signed_by_subject IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_report_addendum (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    report_id       BIGINT        NOT NULL,
    author_subject  VARCHAR(100)  NOT NULL,
    author_name     VARCHAR(200)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_addendum_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    INDEX ix_report_addendum_report (report_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When, how and to whom a signed report went; one row per sending, never changed.
CREATE TABLE progress_report_sending (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    report_id           BIGINT        NOT NULL,
    sent_on             DATE          NOT NULL,
    method              VARCHAR(16)   NOT NULL,
    recipient           VARCHAR(500)  NOT NULL,
    recorded_by_subject VARCHAR(100)  NOT NULL,
    recorded_by_name    VARCHAR(200)  NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_sending_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    INDEX ix_report_sending_report (report_id, sent_on),
    CONSTRAINT ck_report_sending_method CHECK (method IN ('FAX', 'LETTER', 'EMAIL', 'PORTAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
