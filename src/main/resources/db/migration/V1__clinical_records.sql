-- Clinical records: patients, evaluations with their four top-down steps, addenda,
-- the exercise library and treatment plans. Clinical rows are never hard-deleted.

CREATE TABLE patient (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    mrn             VARCHAR(16)   NOT NULL,
    given_name      VARCHAR(100)  NOT NULL,
    family_name     VARCHAR(100)  NOT NULL,
    date_of_birth   DATE          NOT NULL,
    sex             VARCHAR(16)   NOT NULL,
    phone           VARCHAR(40),
    email           VARCHAR(254),
    affected_side   VARCHAR(8)    NOT NULL,
    referral_notes  VARCHAR(4000),
    status          VARCHAR(16)   NOT NULL,
    warning_flag    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_patient_mrn UNIQUE (mrn),
    INDEX ix_patient_name (family_name, given_name),
    INDEX ix_patient_given (given_name),
    INDEX ix_patient_dob (date_of_birth)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id          BIGINT        NOT NULL,
    clinician_subject   VARCHAR(100)  NOT NULL,
    clinician_name      VARCHAR(200)  NOT NULL,
    visit_date          DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    -- step 1: ribcage
    ribcage_alignment   VARCHAR(16),
    ribcage_side        VARCHAR(8),
    ribcage_notes       VARCHAR(2000),
    ribcage_complete    BOOLEAN       NOT NULL DEFAULT FALSE,
    -- step 2: hip extension and rotation (degrees)
    hip_extension_left  INT     ,
    hip_extension_right INT     ,
    hip_internal_left   INT     ,
    hip_internal_right  INT     ,
    hip_external_left   INT     ,
    hip_external_right  INT     ,
    hip_motion          VARCHAR(24),
    hip_notes           VARCHAR(2000),
    hip_complete        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- step 3: foot and ankle
    ankle_dorsiflexion_left  INT     ,
    ankle_dorsiflexion_right INT     ,
    midfoot_mobility    VARCHAR(16),
    foot_posture        VARCHAR(16),
    foot_notes          VARCHAR(2000),
    foot_complete       BOOLEAN       NOT NULL DEFAULT FALSE,
    -- step 4: knee axis
    knee_off_axis       BOOLEAN,
    kneecap_tracking    VARCHAR(16),
    manual_therapy      BOOLEAN,
    knee_notes          VARCHAR(2000),
    knee_complete       BOOLEAN       NOT NULL DEFAULT FALSE,
    -- assessment
    symptoms            VARCHAR(255)  NOT NULL DEFAULT '',
    symptom_side        VARCHAR(8),
    pain_score          INT,
    pain_sources        VARCHAR(100)  NOT NULL DEFAULT '',
    primary_source      VARCHAR(16),
    diagnosis           VARCHAR(32),
    diagnosis_other     VARCHAR(200),
    -- signature
    signed_by_subject   VARCHAR(100),
    signed_by_name      VARCHAR(200),
    signed_at           DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    INDEX ix_evaluation_patient (patient_id, visit_date, id),
    CONSTRAINT ck_evaluation_pain CHECK (pain_score IS NULL OR pain_score BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluation_addendum (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    evaluation_id   BIGINT        NOT NULL,
    author_subject  VARCHAR(100)  NOT NULL,
    author_name     VARCHAR(200)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_addendum_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    INDEX ix_addendum_evaluation (evaluation_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exercise (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(120)  NOT NULL,
    purpose             VARCHAR(1000) NOT NULL,
    targets             VARCHAR(500)  NOT NULL,
    instructions        VARCHAR(4000) NOT NULL,
    default_sets        INT           NOT NULL,
    default_repetitions INT           NOT NULL,
    default_hold_seconds INT          NOT NULL,
    default_per_day     INT           NOT NULL,
    default_per_week    INT           NOT NULL,
    default_weeks       INT           NOT NULL,
    image_url           VARCHAR(500),
    retired             BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_exercise_name UNIQUE (name),
    INDEX ix_exercise_retired_name (retired, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE treatment_plan (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id            BIGINT        NOT NULL,
    evaluation_id         BIGINT        NOT NULL,
    previous_plan_id      BIGINT,
    plan_number           INT           NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    start_date            DATE          NOT NULL,
    review_date           DATE          NOT NULL,
    goals                 VARCHAR(2000) NOT NULL,
    prescribed_by_subject VARCHAR(100)  NOT NULL,
    prescribed_by_name    VARCHAR(200)  NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    superseded_at         DATETIME(6),
    version               INT           NOT NULL DEFAULT 0,
    -- at most one current plan per patient, enforced by the database too
    current_for_patient   BIGINT AS (IF(status = 'CURRENT', patient_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_plan_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_plan_previous FOREIGN KEY (previous_plan_id) REFERENCES treatment_plan (id),
    CONSTRAINT uq_plan_current UNIQUE (current_for_patient),
    CONSTRAINT uq_plan_number UNIQUE (patient_id, plan_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_exercise (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT        NOT NULL,
    exercise_id       BIGINT        NOT NULL,
    position          INT           NOT NULL,
    sets              INT           NOT NULL,
    repetitions       INT           NOT NULL,
    hold_seconds      INT           NOT NULL,
    sessions_per_day  INT           NOT NULL,
    sessions_per_week INT           NOT NULL,
    duration_weeks    INT           NOT NULL,
    notes             VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_exercise_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
    CONSTRAINT fk_plan_exercise_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT uq_plan_exercise_position UNIQUE (plan_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The clinic's three favourite exercises seed the library.
INSERT INTO exercise (name, purpose, targets, instructions, default_sets, default_repetitions,
                      default_hold_seconds, default_per_day, default_per_week, default_weeks,
                      created_at, updated_at)
VALUES ('Knee slide-and-glide',
        'Mobility work that helps the knee bend and straighten smoothly and keeps the joint lubricated.',
        'Knee joint; kneecap on the thigh bone',
        '1. Sit on the floor or a firm bed with both legs straight.\n2. Slowly slide the heel of the sore leg towards you, bending the knee as far as is comfortable.\n3. Pause, then glide the heel back out until the leg is straight again.\n4. Keep the movement slow and pain-free; do not force the end of the range.',
        2, 15, 0, 2, 7, 6, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('Hamstring strengthening',
        'Stronger hamstrings steady the knee, balance the thigh muscles and support an upright posture when standing and walking.',
        'Hamstrings',
        '1. Lie on your back with knees bent and feet flat, hip-width apart.\n2. Press through your heels and lift your hips until shoulders, hips and knees form a line.\n3. Hold, then lower slowly.\n4. Stop if you feel cramping at the back of the thigh; rest and try again.',
        3, 10, 5, 1, 5, 6, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
       ('Internal knee brace (endurance)',
        'Endurance training of the muscles that hold the knee on its axis, the path back to hiking, running and jumping.',
        'Hamstrings; vastus medialis obliquus (VMO); soleus',
        '1. Stand tall with feet hip-width apart and knees soft.\n2. Tighten the inner thigh muscle just above the kneecap while keeping the kneecap pointing forwards over the second toe.\n3. Keep that brace while you rise onto the balls of your feet and lower slowly.\n4. Build up the hold time week by week rather than the load.',
        3, 12, 10, 1, 5, 8, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
