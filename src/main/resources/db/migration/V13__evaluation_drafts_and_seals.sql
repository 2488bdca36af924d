-- Drafts and mistakes: a draft can be handed over to another clinician or discarded by its author with a
-- reason; a signed evaluation recorded on the wrong patient can be marked entered in error with a reason.
-- Nothing is deleted: the marks are columns, the hand-overs rows of their own.
-- The signed content is sealed: signed_hash is the SHA-256 of the signed findings (Evaluation.sealedContent),
-- stored at signing and checked whenever the evaluation is shown. draft_editor names the open page that
-- saved the draft last, so that page's own saves never refuse each other as stale.

ALTER TABLE evaluation
    ADD COLUMN draft_editor                 VARCHAR(36),
    ADD COLUMN discarded_at                 DATETIME(6),
    ADD COLUMN discarded_by_subject         VARCHAR(100),
    ADD COLUMN discarded_by_name            VARCHAR(200),
    ADD COLUMN discard_reason               VARCHAR(500),
    ADD COLUMN entered_in_error_at          DATETIME(6),
    ADD COLUMN entered_in_error_by_subject  VARCHAR(100),
    ADD COLUMN entered_in_error_by_name     VARCHAR(200),
    ADD COLUMN entered_in_error_reason      VARCHAR(500),
    ADD COLUMN signed_hash                  CHAR(64);

CREATE TABLE evaluation_handover (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    evaluation_id   BIGINT        NOT NULL,
    from_subject    VARCHAR(100)  NOT NULL,
    from_name       VARCHAR(200)  NOT NULL,
    to_subject      VARCHAR(100)  NOT NULL,
    to_name         VARCHAR(200)  NOT NULL,
    handed_at       DATETIME(6)   NOT NULL,
    note            VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT fk_handover_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    INDEX ix_handover_evaluation (evaluation_id, handed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill: seal every evaluation signed before sealing existed, exactly as the application seals one.
-- Each present value is written as "column=HEX(its text)", absent ones are left out (CONCAT_WS skips
-- NULL), joined by '|'. Keep this list in the order of Evaluation.sealedContent.
UPDATE evaluation SET signed_hash = SHA2(CONCAT_WS('|',
        CONCAT('patient_id=', HEX(CAST(patient_id AS CHAR))),
        CONCAT('visit_date=', HEX(CAST(visit_date AS CHAR))),
        CONCAT('clinician_subject=', HEX(clinician_subject)),
        CONCAT('ribcage_complete=', HEX(CAST(ribcage_complete AS CHAR))),
        CONCAT('ribcage_alignment=', HEX(ribcage_alignment)),
        CONCAT('ribcage_side=', HEX(ribcage_side)),
        CONCAT('ribcage_notes=', HEX(ribcage_notes)),
        CONCAT('hip_complete=', HEX(CAST(hip_complete AS CHAR))),
        CONCAT('hip_extension_left=', HEX(CAST(hip_extension_left AS CHAR))),
        CONCAT('hip_extension_right=', HEX(CAST(hip_extension_right AS CHAR))),
        CONCAT('hip_internal_left=', HEX(CAST(hip_internal_left AS CHAR))),
        CONCAT('hip_internal_right=', HEX(CAST(hip_internal_right AS CHAR))),
        CONCAT('hip_external_left=', HEX(CAST(hip_external_left AS CHAR))),
        CONCAT('hip_external_right=', HEX(CAST(hip_external_right AS CHAR))),
        CONCAT('hip_motion=', HEX(hip_motion)),
        CONCAT('hip_notes=', HEX(hip_notes)),
        CONCAT('foot_complete=', HEX(CAST(foot_complete AS CHAR))),
        CONCAT('ankle_dorsiflexion_left=', HEX(CAST(ankle_dorsiflexion_left AS CHAR))),
        CONCAT('ankle_dorsiflexion_right=', HEX(CAST(ankle_dorsiflexion_right AS CHAR))),
        CONCAT('midfoot_mobility=', HEX(midfoot_mobility)),
        CONCAT('foot_posture=', HEX(foot_posture)),
        CONCAT('foot_notes=', HEX(foot_notes)),
        CONCAT('knee_complete=', HEX(CAST(knee_complete AS CHAR))),
        CONCAT('knee_off_axis=', HEX(CAST(knee_off_axis AS CHAR))),
        CONCAT('kneecap_tracking=', HEX(kneecap_tracking)),
        CONCAT('manual_therapy=', HEX(CAST(manual_therapy AS CHAR))),
        CONCAT('knee_notes=', HEX(knee_notes)),
        CONCAT('symptoms=', HEX(symptoms)),
        CONCAT('symptom_side=', HEX(symptom_side)),
        CONCAT('pain_score=', HEX(CAST(pain_score AS CHAR))),
        CONCAT('pain_sources=', HEX(pain_sources)),
        CONCAT('primary_source=', HEX(primary_source)),
        CONCAT('diagnosis=', HEX(diagnosis)),
        CONCAT('diagnosis_other=', HEX(diagnosis_other)),
        CONCAT('signed_by_subject=', HEX(signed_by_subject)),
        CONCAT('signed_by_name=', HEX(signed_by_name)),
        CONCAT('signed_at=', HEX(CAST(signed_at AS CHAR)))), 256)
WHERE status = 'SIGNED' AND signed_hash IS NULL;
