-- =====================================================================================================
-- DEVELOPMENT-ONLY DEMO DATA. NEVER LOADED IN PRODUCTION.
--
-- Only the dev profile reads this location (%dev.quarkus.flyway.locations=db/migration,db/dev). The
-- production and test profiles use db/migration alone, so this file never reaches a real clinic.
-- Every person, phone number (Ofcom drama range 07700 900xxx) and e-mail address (example.* domains)
-- here is made up.
--
-- As a Flyway repeatable migration this runs after the versioned migrations. It runs again whenever
-- its checksum changes, on a database that may already hold this data and the developer's own records.
-- So every row has a fixed id (1001 and up) and is written with INSERT IGNORE: a re-run adds only rows
-- that are missing and never duplicates, updates or deletes anything. Dates are relative to the day
-- of the FIRST load (UTC_DATE / UTC_TIMESTAMP), so a fresh database always looks recent. Editing this
-- file does not refresh rows that already exist: to get new dates, drop the dev database.
--
-- Stored codes are Java enum constant NAMES. symptoms and pain_sources are comma-separated lists in
-- enum declaration order:
--   Symptom:    JUMP_RUN_PAIN, SHIN_SPLINTS, CLICKING, LOCKING, GRINDING, SWELLING, STIFF_MIDFOOT
--   PainSource: NERVE, KNEECAP, TENDON, JOINT, FAT_PAD
-- Steps complete top-down only: a step is complete only when every step above it is complete.
-- No audit_entry rows are written here; the audit chain starts with the first real action.
-- The exercises with ids 1, 2, 3 are the library seeded by V1 (slide-and-glide, hamstrings, brace).
-- =====================================================================================================


-- -----------------------------------------------------------------------------------------------------
-- Patients 1001..1020: 1006 and 1010 discharged; 1007 reported a warning symptom still to be acknowledged.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO patient (id, mrn, given_name, family_name, date_of_birth, sex, phone, email,
                            affected_side, referral_notes, status, created_at, updated_at, version)
VALUES
(1001, 'KR10001001', 'Hannah', 'Verhoeven', UTC_DATE() - INTERVAL 34 YEAR - INTERVAL 97 DAY, 'FEMALE',
 '+44 7700 900101', 'hannah.verhoeven@example.com', 'RIGHT',
 'Recreational runner training for her first marathon. Pain around the right kneecap on long runs and when going down stairs. Self-referred.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 60 DAY, '08:40:00'), TIMESTAMP(UTC_DATE() - INTERVAL 60 DAY, '08:40:00'), 0),
(1002, 'KR10001002', 'Tomasz', 'Wieczorek', UTC_DATE() - INTERVAL 41 YEAR - INTERVAL 210 DAY, 'MALE',
 '+44 7700 900102', 'tomasz.w@example.net', 'LEFT',
 'Five-a-side football twice a week. Pain just below the left kneecap when jumping, worse the morning after games.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '11:15:00'), TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '11:15:00'), 0),
(1003, 'KR10001003', 'Aisha', 'Bello', UTC_DATE() - INTERVAL 27 YEAR - INTERVAL 45 DAY, 'FEMALE',
 '+44 7700 900103', 'aisha.bello@example.org', 'BOTH',
 'Both knees ache after trail runs and when sitting through long meetings. GP referral.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 29 DAY, '09:05:00'), TIMESTAMP(UTC_DATE() - INTERVAL 29 DAY, '09:05:00'), 0),
(1004, 'KR10001004', 'Dmitri', 'Sokolov', UTC_DATE() - INTERVAL 52 YEAR - INTERVAL 300 DAY, 'MALE',
 '+44 7700 900104', NULL, 'RIGHT',
 'Returned to running after ten years off. Grinding and swelling at the right knee after 5 km.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 44 DAY, '14:20:00'), TIMESTAMP(UTC_DATE() - INTERVAL 44 DAY, '14:20:00'), 0),
(1005, 'KR10001005', 'Priya', 'Raman', UTC_DATE() - INTERVAL 19 YEAR - INTERVAL 130 DAY, 'FEMALE',
 '+44 7700 900105', 'priya.raman@example.com', 'LEFT',
 'University 800 m runner. Left knee pain with sprint sessions and shin splints after track work.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 20 DAY, '16:45:00'), TIMESTAMP(UTC_DATE() - INTERVAL 20 DAY, '16:45:00'), 0),
(1006, 'KR10001006', 'Jonas', 'Eklund', UTC_DATE() - INTERVAL 23 YEAR - INTERVAL 18 DAY, 'MALE',
 '+44 7700 900106', 'jonas.eklund@example.net', 'RIGHT',
 'Volleyball player with mild right patellar tendon pain. Completed the programme and returned to full training.',
 'DISCHARGED', TIMESTAMP(UTC_DATE() - INTERVAL 125 DAY, '10:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 40 DAY, '15:30:00'), 1),
(1007, 'KR10001007', 'Lucía', 'Ferreira', UTC_DATE() - INTERVAL 45 YEAR - INTERVAL 260 DAY, 'FEMALE',
 '+44 7700 900107', 'lucia.ferreira@example.org', 'LEFT',
 'Hill walker and parkrunner. Left kneecap pain on descents. Old neck injury reported later (see evaluation addendum).',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 38 DAY, '13:10:00'), TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '20:10:00'), 1),
(1008, 'KR10001008', 'Kwame', 'Asante', UTC_DATE() - INTERVAL 38 YEAR - INTERVAL 75 DAY, 'MALE',
 '+44 7700 900108', 'kwame.asante@example.com', 'BOTH',
 'Cycle commuter who started running. Clicking and occasional catching in both knees.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 27 DAY, '08:30:00'), TIMESTAMP(UTC_DATE() - INTERVAL 27 DAY, '08:30:00'), 0),
(1009, 'KR10001009', 'Sam', 'Whitlock', UTC_DATE() - INTERVAL 30 YEAR - INTERVAL 190 DAY, 'OTHER',
 '+44 7700 900109', 'sam.whitlock@example.net', 'RIGHT',
 'Dancer and occasional runner. Right knee pain on landing from jumps.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 6 DAY, '12:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 6 DAY, '12:00:00'), 0),
(1010, 'KR10001010', 'Ingrid', 'Halvorsen', UTC_DATE() - INTERVAL 61 YEAR - INTERVAL 33 DAY, 'FEMALE',
 NULL, 'ingrid.halvorsen@example.org', 'LEFT',
 'Keen walker. Stiffness and ache at the left knee on stairs. Discharged with a home programme.',
 'DISCHARGED', TIMESTAMP(UTC_DATE() - INTERVAL 155 DAY, '09:45:00'), TIMESTAMP(UTC_DATE() - INTERVAL 70 DAY, '11:00:00'), 1),
(1011, 'KR10001011', 'Mateo', 'Quispe', UTC_DATE() - INTERVAL 16 YEAR - INTERVAL 120 DAY, 'MALE',
 '+44 7700 900111', NULL, 'RIGHT',
 'School cross-country runner, attends with a parent. Pain below the right kneecap after races.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 17 DAY, '15:40:00'), TIMESTAMP(UTC_DATE() - INTERVAL 17 DAY, '15:40:00'), 0),
(1012, 'KR10001012', 'Yuki', 'Morimoto', UTC_DATE() - INTERVAL 29 YEAR - INTERVAL 280 DAY, 'FEMALE',
 '+44 7700 900112', 'yuki.morimoto@example.com', 'RIGHT',
 'Half-marathon runner. Burning around the right kneecap from about 10 km on.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 48 DAY, '10:20:00'), TIMESTAMP(UTC_DATE() - INTERVAL 48 DAY, '10:20:00'), 0),
(1013, 'KR10001013', 'Colm', 'Mac Giolla', UTC_DATE() - INTERVAL 47 YEAR - INTERVAL 150 DAY, 'MALE',
 '+44 7700 900113', 'colm.macgiolla@example.net', 'LEFT',
 'Triathlete. Swelling and grinding at the left knee after brick sessions.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 36 DAY, '17:05:00'), TIMESTAMP(UTC_DATE() - INTERVAL 9 DAY, '07:50:00'), 1),
(1014, 'KR10001014', 'Beatriz', 'Andrade', UTC_DATE() - INTERVAL 36 YEAR - INTERVAL 60 DAY, 'FEMALE',
 '+44 7700 900114', 'beatriz.andrade@example.org', 'BOTH',
 'Runs with a buggy. Pain at the front of both knees when standing up after sitting, and puffiness below the kneecaps.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 14 DAY, '09:30:00'), TIMESTAMP(UTC_DATE() - INTERVAL 14 DAY, '09:30:00'), 0),
(1015, 'KR10001015', 'Oluwaseun', 'Adeyemi', UTC_DATE() - INTERVAL 25 YEAR - INTERVAL 200 DAY, 'MALE',
 '+44 7700 900115', 'seun.adeyemi@example.com', 'LEFT',
 'Basketball and interval runs. Left knee pain with deep squats.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 4 DAY, '13:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 4 DAY, '13:00:00'), 0),
(1016, 'KR10001016', 'Alex', 'Marchetti', UTC_DATE() - INTERVAL 33 YEAR - INTERVAL 10 DAY, 'UNDISCLOSED',
 NULL, 'alex.marchetti@example.net', 'RIGHT',
 'New to running (couch-to-5k). Right knee ache on downhill stretches.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '16:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '16:00:00'), 0),
(1017, 'KR10001017', 'Greta', 'Fischbach', UTC_DATE() - INTERVAL 58 YEAR - INTERVAL 240 DAY, 'FEMALE',
 '+44 7700 900117', 'greta.fischbach@example.org', 'RIGHT',
 'Nordic walking group leader. Grinding and swelling at the right knee after long walks.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 7 DAY, '10:10:00'), TIMESTAMP(UTC_DATE() - INTERVAL 7 DAY, '10:10:00'), 0),
(1018, 'KR10001018', 'Rafael', 'Domínguez', UTC_DATE() - INTERVAL 44 YEAR - INTERVAL 170 DAY, 'MALE',
 '+44 7700 900118', 'rafael.dominguez@example.com', 'LEFT',
 'Ultra-trail runner. Left kneecap pain and clicking on long descents.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 8 DAY, '14:35:00'), TIMESTAMP(UTC_DATE() - INTERVAL 8 DAY, '14:35:00'), 0),
(1019, 'KR10001019', 'Nadia', 'Haddad', UTC_DATE() - INTERVAL 22 YEAR - INTERVAL 88 DAY, 'FEMALE',
 '+44 7700 900119', 'nadia.haddad@example.net', 'BOTH',
 'New referral from the university sports centre: anterior knee pain in both knees. Not yet assessed.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '11:25:00'), TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '11:25:00'), 0),
(1020, 'KR10001020', 'Theo', 'Pappas', UTC_DATE() - INTERVAL 65 YEAR - INTERVAL 20 DAY, 'MALE',
 '+44 7700 900120', NULL, 'RIGHT',
 'Retired teacher who walks and jogs daily. Right knee stiffness first thing in the morning.',
 'ACTIVE', TIMESTAMP(UTC_DATE() - INTERVAL 9 DAY, '09:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 9 DAY, '09:00:00'), 0);


-- -----------------------------------------------------------------------------------------------------
-- Accounts: one per dev login (admin, clinician, patient) plus three more clinicians.
-- subject and username are the login user name; the patient account is linked to patient 1001.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO account (id, subject, username, display_name, email, role, patient_id, active,
                            created_at, updated_at, version)
VALUES
(1001, 'admin',       'admin',       'Clinic Admin',     'admin@clinic.example',       'admin',     NULL, TRUE,
 TIMESTAMP(UTC_DATE() - INTERVAL 180 DAY, '08:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 180 DAY, '08:00:00'), 0),
(1002, 'clinician',   'clinician',   'Clinician',        'clinician@clinic.example',   'clinician', NULL, TRUE,
 TIMESTAMP(UTC_DATE() - INTERVAL 180 DAY, '08:05:00'), TIMESTAMP(UTC_DATE() - INTERVAL 180 DAY, '08:05:00'), 0),
(1003, 'r.okafor',    'r.okafor',    'Rukayat Okafor',   'r.okafor@clinic.example',    'clinician', NULL, TRUE,
 TIMESTAMP(UTC_DATE() - INTERVAL 170 DAY, '09:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 170 DAY, '09:00:00'), 0),
(1004, 'm.lindqvist', 'm.lindqvist', 'Maja Lindqvist',   'm.lindqvist@clinic.example', 'clinician', NULL, TRUE,
 TIMESTAMP(UTC_DATE() - INTERVAL 160 DAY, '09:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 160 DAY, '09:00:00'), 0),
(1005, 's.tanaka',    's.tanaka',    'Sora Tanaka',      's.tanaka@clinic.example',    'clinician', NULL, TRUE,
 TIMESTAMP(UTC_DATE() - INTERVAL 160 DAY, '09:10:00'), TIMESTAMP(UTC_DATE() - INTERVAL 160 DAY, '09:10:00'), 0),
(1006, 'patient',     'patient',     'Hannah Verhoeven', 'hannah.verhoeven@example.com', 'patient', 1001, TRUE,
 TIMESTAMP(UTC_DATE() - INTERVAL 56 DAY, '11:05:00'), TIMESTAMP(UTC_DATE() - INTERVAL 56 DAY, '11:05:00'), 0);


-- -----------------------------------------------------------------------------------------------------
-- Evaluations. Signed ones have all four steps complete, an assessment and a signature. Drafts stop at
-- different steps; the drafts the dev login 'clinician' can open and edit are 1003, 1011, 1015, 1018
-- and 1019. Per row the groups are: header | ribcage | hip | foot and ankle | knee axis |
-- assessment | signature and bookkeeping.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO evaluation (id, patient_id, clinician_subject, clinician_name, visit_date, status,
    ribcage_alignment, ribcage_side, ribcage_notes, ribcage_complete,
    hip_extension_left, hip_extension_right, hip_internal_left, hip_internal_right,
    hip_external_left, hip_external_right, hip_motion, hip_notes, hip_complete,
    ankle_dorsiflexion_left, ankle_dorsiflexion_right, midfoot_mobility, foot_posture, foot_notes, foot_complete,
    knee_off_axis, kneecap_tracking, manual_therapy, knee_notes, knee_complete,
    symptoms, symptom_side, pain_score, pain_sources, primary_source, diagnosis, diagnosis_other,
    signed_by_subject, signed_by_name, signed_at, created_at, updated_at, version)
VALUES
-- Patient 1001, first visit: basis of plan 1 (later superseded).
(1001, 1001, 'r.okafor', 'Rukayat Okafor', UTC_DATE() - INTERVAL 56 DAY, 'SIGNED',
 'FLARED', 'RIGHT', 'Lower ribs flare on the right, breathes mostly into the upper chest.', TRUE,
 12, 6, 40, 47, 38, 33, 'COLLAPSES_INWARD', 'Right thigh drops into internal rotation at mid-stance. Extension limited on the right.', TRUE,
 14, 9, 'STIFF', 'PRONATED', 'Right arch collapses on single-leg squat.', TRUE,
 TRUE, 'LATERAL', TRUE, 'Right kneecap sits and tracks laterally. Medial glides eased the pain on step-down.', TRUE,
 'JUMP_RUN_PAIN,GRINDING,SWELLING', 'RIGHT', 6, 'KNEECAP,FAT_PAD', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 'r.okafor', 'Rukayat Okafor', TIMESTAMP(UTC_DATE() - INTERVAL 56 DAY, '10:35:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 56 DAY, '09:30:00'), TIMESTAMP(UTC_DATE() - INTERVAL 56 DAY, '10:35:00'), 8),
-- Patient 1001, re-evaluation: basis of the current plan 2; one addendum.
(1002, 1001, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 21 DAY, 'SIGNED',
 'FLARED', 'RIGHT', 'Flare less marked than at the first visit.', TRUE,
 13, 10, 40, 44, 38, 36, 'COLLAPSES_INWARD', 'Less collapse than before, still visible late in a 10-minute treadmill walk.', TRUE,
 14, 8, 'STIFF', 'PRONATED', NULL, TRUE,
 TRUE, 'LATERAL', TRUE, 'Tracking improves after manual therapy. Step-down now pain-free to 20 cm.', TRUE,
 'JUMP_RUN_PAIN,GRINDING', 'RIGHT', 4, 'KNEECAP', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 21 DAY, '10:50:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 21 DAY, '10:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 21 DAY, '10:50:00'), 7),
-- Patient 1001, follow-up in progress today: ribcage complete, hip still a draft.
(1003, 1001, 'clinician', 'Clinician', UTC_DATE(), 'DRAFT',
 'NEUTRAL', NULL, 'Flare has settled.', TRUE,
 14, 12, 41, NULL, NULL, NULL, NULL, 'Right side still to measure.', FALSE,
 NULL, NULL, NULL, NULL, NULL, FALSE,
 NULL, NULL, NULL, NULL, FALSE,
 '', NULL, NULL, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 UTC_TIMESTAMP(6) - INTERVAL 25 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE, 2),
-- Patient 1002.
(1004, 1002, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 30 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 8, 12, 28, 34, 42, 45, 'SHORT_STRIDE', 'Short stride on the left, limited by hip extension.', TRUE,
 7, 11, 'STIFF', 'NEUTRAL', 'Stiff left midfoot, probably from old ankle sprains.', TRUE,
 FALSE, 'NORMAL', FALSE, 'Tender at the lower pole of the left kneecap. Single-leg decline squat reproduces the pain.', TRUE,
 'JUMP_RUN_PAIN,STIFF_MIDFOOT', 'LEFT', 5, 'TENDON,FAT_PAD', 'TENDON', 'PATELLAR_TENDINOPATHY', NULL,
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 30 DAY, '12:10:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 30 DAY, '11:20:00'), TIMESTAMP(UTC_DATE() - INTERVAL 30 DAY, '12:10:00'), 7),
-- Patient 1003.
(1005, 1003, 'm.lindqvist', 'Maja Lindqvist', UTC_DATE() - INTERVAL 26 DAY, 'SIGNED',
 'FLARED', 'BOTH', 'Both lower ribs flare, stands in a sway-back posture.', TRUE,
 15, 14, 48, 50, 35, 33, 'COLLAPSES_INWARD', 'Both thighs rotate inwards when walking.', TRUE,
 14, 15, 'HYPERMOBILE', 'PRONATED', NULL, TRUE,
 TRUE, 'LATERAL', TRUE, 'Both kneecaps track laterally. Taping trial helped on the stairs.', TRUE,
 'JUMP_RUN_PAIN,CLICKING,GRINDING', 'BOTH', 6, 'KNEECAP', 'KNEECAP', 'PATELLOFEMORAL_PAIN', NULL,
 'm.lindqvist', 'Maja Lindqvist', TIMESTAMP(UTC_DATE() - INTERVAL 26 DAY, '15:40:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 26 DAY, '14:50:00'), TIMESTAMP(UTC_DATE() - INTERVAL 26 DAY, '15:40:00'), 6),
-- Patient 1004.
(1006, 1004, 's.tanaka', 'Sora Tanaka', UTC_DATE() - INTERVAL 40 DAY, 'SIGNED',
 'ROTATED', 'RIGHT', 'Ribcage rotated to the right over the pelvis.', TRUE,
 4, 2, 22, 18, 40, 38, 'SHORT_STRIDE', 'Very little hip extension on both sides.', TRUE,
 6, 4, 'STIFF', 'SUPINATED', 'High, rigid arches.', TRUE,
 TRUE, 'LATERAL', TRUE, 'Crepitus under the right kneecap. Mild effusion.', TRUE,
 'JUMP_RUN_PAIN,GRINDING,SWELLING', 'RIGHT', 6, 'KNEECAP,JOINT', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 's.tanaka', 'Sora Tanaka', TIMESTAMP(UTC_DATE() - INTERVAL 40 DAY, '16:30:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 40 DAY, '15:30:00'), TIMESTAMP(UTC_DATE() - INTERVAL 40 DAY, '16:30:00'), 9),
-- Patient 1005.
(1007, 1005, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 18 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 18, 20, 52, 46, 30, 34, 'PELVIC_DROP', 'Right pelvis drops in left stance: weak left hip abductors.', TRUE,
 16, 17, 'NORMAL', 'PRONATED', NULL, TRUE,
 TRUE, 'LATERAL', FALSE, 'Lateral tracking on the left, no manual therapy today (first visit, irritable).', TRUE,
 'JUMP_RUN_PAIN,SHIN_SPLINTS,CLICKING', 'LEFT', 5, 'KNEECAP,FAT_PAD', 'KNEECAP', 'PATELLOFEMORAL_PAIN', NULL,
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 18 DAY, '17:25:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 18 DAY, '16:40:00'), TIMESTAMP(UTC_DATE() - INTERVAL 18 DAY, '17:25:00'), 6),
-- Patient 1006 (since discharged).
(1008, 1006, 'r.okafor', 'Rukayat Okafor', UTC_DATE() - INTERVAL 120 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 16, 15, 40, 38, 44, 42, 'CONTROLLED', NULL, TRUE,
 15, 13, 'NORMAL', 'NEUTRAL', NULL, TRUE,
 FALSE, 'NORMAL', FALSE, 'Tendon tender only on jump landing.', TRUE,
 'JUMP_RUN_PAIN', 'RIGHT', 3, 'TENDON', 'TENDON', 'PATELLAR_TENDINOPATHY', NULL,
 'r.okafor', 'Rukayat Okafor', TIMESTAMP(UTC_DATE() - INTERVAL 120 DAY, '10:55:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 120 DAY, '10:05:00'), TIMESTAMP(UTC_DATE() - INTERVAL 120 DAY, '10:55:00'), 6),
-- Patient 1007 (warning flag); one addendum.
(1009, 1007, 'r.okafor', 'Rukayat Okafor', UTC_DATE() - INTERVAL 35 DAY, 'SIGNED',
 'DEPRESSED', 'LEFT', 'Ribcage sits low on the left, shoulders rounded.', TRUE,
 6, 10, 30, 36, 38, 41, 'COLLAPSES_INWARD', NULL, TRUE,
 9, 12, 'STIFF', 'PRONATED', NULL, TRUE,
 TRUE, 'LATERAL', TRUE, 'Left kneecap tilted laterally. Pain eased after soft-tissue work on the outer thigh.', TRUE,
 'JUMP_RUN_PAIN,GRINDING,STIFF_MIDFOOT', 'LEFT', 6, 'NERVE,KNEECAP', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 'r.okafor', 'Rukayat Okafor', TIMESTAMP(UTC_DATE() - INTERVAL 35 DAY, '14:15:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 35 DAY, '13:20:00'), TIMESTAMP(UTC_DATE() - INTERVAL 35 DAY, '14:15:00'), 8),
-- Patient 1008.
(1010, 1008, 'm.lindqvist', 'Maja Lindqvist', UTC_DATE() - INTERVAL 24 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 10, 9, 35, 33, 45, 47, 'PELVIC_DROP', 'Pelvis drops on both sides with fatigue.', TRUE,
 10, 9, 'NORMAL', 'NEUTRAL', NULL, TRUE,
 TRUE, 'MEDIAL', TRUE, 'Both kneecaps track slightly medially. Clicking reproduced at 30 degrees of bend.', TRUE,
 'JUMP_RUN_PAIN,CLICKING,LOCKING', 'BOTH', 4, 'KNEECAP,JOINT', 'KNEECAP', 'PATELLOFEMORAL_PAIN', NULL,
 'm.lindqvist', 'Maja Lindqvist', TIMESTAMP(UTC_DATE() - INTERVAL 24 DAY, '09:45:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 24 DAY, '08:55:00'), TIMESTAMP(UTC_DATE() - INTERVAL 24 DAY, '09:45:00'), 7),
-- Patient 1009: ribcage and hip complete, foot and ankle still a draft.
(1011, 1009, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 2 DAY, 'DRAFT',
 'ROTATED', 'RIGHT', 'Slight rotation to the right.', TRUE,
 11, 13, 36, 39, 40, 44, 'CONTROLLED', NULL, TRUE,
 10, NULL, NULL, 'NEUTRAL', 'Right ankle not measured yet: patient had to leave.', FALSE,
 NULL, NULL, NULL, NULL, FALSE,
 '', NULL, NULL, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '13:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '13:40:00'), 4),
-- Patient 1010 (since discharged); working diagnosis "Other".
(1012, 1010, 's.tanaka', 'Sora Tanaka', UTC_DATE() - INTERVAL 150 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 5, 7, 20, 24, 32, 35, 'SHORT_STRIDE', NULL, TRUE,
 5, 8, 'STIFF', 'NEUTRAL', NULL, TRUE,
 FALSE, 'NORMAL', FALSE, 'Joint-line tenderness on the inner side of the left knee.', TRUE,
 'GRINDING,SWELLING,STIFF_MIDFOOT', 'LEFT', 4, 'JOINT', 'JOINT', 'OTHER', 'Early wear of the inner knee joint (suspected osteoarthritis)',
 's.tanaka', 'Sora Tanaka', TIMESTAMP(UTC_DATE() - INTERVAL 150 DAY, '11:30:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 150 DAY, '10:40:00'), TIMESTAMP(UTC_DATE() - INTERVAL 150 DAY, '11:30:00'), 6),
-- Patient 1011.
(1013, 1011, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 15 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 20, 18, 42, 44, 40, 38, 'COLLAPSES_INWARD', NULL, TRUE,
 18, 14, 'HYPERMOBILE', 'PRONATED', NULL, TRUE,
 TRUE, 'LATERAL', FALSE, 'Tender patellar tendon on the right. Growth-related tightness of the thigh muscles.', TRUE,
 'JUMP_RUN_PAIN,SHIN_SPLINTS', 'RIGHT', 4, 'KNEECAP,TENDON', 'TENDON', 'PATELLAR_TENDINOPATHY', NULL,
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 15 DAY, '16:20:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 15 DAY, '15:45:00'), TIMESTAMP(UTC_DATE() - INTERVAL 15 DAY, '16:20:00'), 6),
-- Patient 1012, first visit.
(1014, 1012, 'm.lindqvist', 'Maja Lindqvist', UTC_DATE() - INTERVAL 45 DAY, 'SIGNED',
 'FLARED', 'RIGHT', NULL, TRUE,
 12, 7, 45, 50, 36, 32, 'COLLAPSES_INWARD', NULL, TRUE,
 13, 10, 'NORMAL', 'PRONATED', NULL, TRUE,
 TRUE, 'LATERAL', TRUE, NULL, TRUE,
 'JUMP_RUN_PAIN,GRINDING', 'RIGHT', 5, 'KNEECAP,FAT_PAD', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 'm.lindqvist', 'Maja Lindqvist', TIMESTAMP(UTC_DATE() - INTERVAL 45 DAY, '11:05:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 45 DAY, '10:15:00'), TIMESTAMP(UTC_DATE() - INTERVAL 45 DAY, '11:05:00'), 7),
-- Patient 1012, follow-up: three steps complete, knee axis still a draft.
(1015, 1012, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 1 DAY, 'DRAFT',
 'NEUTRAL', NULL, 'No flare now.', TRUE,
 14, 11, 44, 46, 37, 35, 'CONTROLLED', 'Much better control through the stride.', TRUE,
 13, 12, 'NORMAL', 'NEUTRAL', NULL, TRUE,
 FALSE, 'LATERAL', NULL, 'Still slightly lateral, to be confirmed.', FALSE,
 'JUMP_RUN_PAIN', 'RIGHT', 2, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '09:10:00'), TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '09:55:00'), 5),
-- Patient 1013 (warning flag).
(1016, 1013, 's.tanaka', 'Sora Tanaka', UTC_DATE() - INTERVAL 33 DAY, 'SIGNED',
 'ROTATED', 'LEFT', NULL, TRUE,
 3, 6, 25, 28, 44, 46, 'SHORT_STRIDE', 'Tight hip flexors from cycling.', TRUE,
 4, 8, 'STIFF', 'SUPINATED', NULL, TRUE,
 TRUE, 'LATERAL', TRUE, 'Effusion and crepitus at the left knee.', TRUE,
 'JUMP_RUN_PAIN,GRINDING,SWELLING', 'LEFT', 7, 'KNEECAP,JOINT,FAT_PAD', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 's.tanaka', 'Sora Tanaka', TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '18:05:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '17:15:00'), TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '18:05:00'), 7),
-- Patient 1014; working diagnosis "Other".
(1017, 1014, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 12 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 14, 13, 38, 40, 42, 40, 'CONTROLLED', NULL, TRUE,
 12, 12, 'NORMAL', 'NEUTRAL', NULL, TRUE,
 FALSE, 'NORMAL', FALSE, 'Puffy and tender on both sides of the patellar tendon. Pain at full straightening.', TRUE,
 'JUMP_RUN_PAIN,SWELLING', 'BOTH', 3, 'FAT_PAD', 'FAT_PAD', 'OTHER', 'Irritation of the fat pad below the kneecap',
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 12 DAY, '10:25:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 12 DAY, '09:35:00'), TIMESTAMP(UTC_DATE() - INTERVAL 12 DAY, '10:25:00'), 6),
-- Patient 1015: ribcage complete, hip still a draft.
(1018, 1015, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 3 DAY, 'DRAFT',
 'NEUTRAL', NULL, NULL, TRUE,
 17, NULL, 39, NULL, NULL, NULL, NULL, 'Only the left side measured so far.', FALSE,
 NULL, NULL, NULL, NULL, NULL, FALSE,
 NULL, NULL, NULL, NULL, FALSE,
 '', NULL, NULL, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 TIMESTAMP(UTC_DATE() - INTERVAL 3 DAY, '14:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 3 DAY, '14:20:00'), 2),
-- Patient 1016: just started, nothing complete yet.
(1019, 1016, 'clinician', 'Clinician', UTC_DATE(), 'DRAFT',
 'FLARED', NULL, 'Check the side again standing.', FALSE,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE,
 NULL, NULL, NULL, NULL, NULL, FALSE,
 NULL, NULL, NULL, NULL, FALSE,
 '', NULL, NULL, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 UTC_TIMESTAMP(6) - INTERVAL 15 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 12 MINUTE, 1),
-- Patient 1017: every step complete, assessment not finished, so not signed yet.
(1020, 1017, 'm.lindqvist', 'Maja Lindqvist', UTC_DATE() - INTERVAL 4 DAY, 'DRAFT',
 'NEUTRAL', NULL, NULL, TRUE,
 7, 5, 26, 22, 36, 34, 'SHORT_STRIDE', NULL, TRUE,
 8, 6, 'STIFF', 'NEUTRAL', NULL, TRUE,
 FALSE, 'NORMAL', FALSE, NULL, TRUE,
 'GRINDING,SWELLING', 'RIGHT', 5, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 TIMESTAMP(UTC_DATE() - INTERVAL 4 DAY, '10:30:00'), TIMESTAMP(UTC_DATE() - INTERVAL 4 DAY, '11:20:00'), 6),
-- Patient 1018: signed, no plan prescribed yet.
(1021, 1018, 'clinician', 'Clinician', UTC_DATE() - INTERVAL 5 DAY, 'SIGNED',
 'NEUTRAL', NULL, NULL, TRUE,
 9, 12, 33, 35, 41, 43, 'PELVIC_DROP', NULL, TRUE,
 8, 12, 'STIFF', 'PRONATED', 'Left arch drops late in stance.', TRUE,
 TRUE, 'LATERAL', TRUE, 'Lateral glide on the left; medial glides gave immediate relief.', TRUE,
 'JUMP_RUN_PAIN,CLICKING,GRINDING', 'LEFT', 6, 'KNEECAP', 'KNEECAP', 'CHONDROMALACIA_PATELLAE', NULL,
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 5 DAY, '15:50:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 5 DAY, '15:00:00'), TIMESTAMP(UTC_DATE() - INTERVAL 5 DAY, '15:50:00'), 6),
-- Patient 1020: ribcage complete only.
(1022, 1020, 's.tanaka', 'Sora Tanaka', UTC_DATE() - INTERVAL 6 DAY, 'DRAFT',
 'DEPRESSED', 'BOTH', 'Rounded upper back, ribcage sits low.', TRUE,
 NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, FALSE,
 NULL, NULL, NULL, NULL, NULL, FALSE,
 NULL, NULL, NULL, NULL, FALSE,
 '', NULL, NULL, '', NULL, NULL, NULL,
 NULL, NULL, NULL,
 TIMESTAMP(UTC_DATE() - INTERVAL 6 DAY, '09:20:00'), TIMESTAMP(UTC_DATE() - INTERVAL 6 DAY, '09:35:00'), 1);


-- -----------------------------------------------------------------------------------------------------
-- Addenda to signed evaluations.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO evaluation_addendum (id, evaluation_id, author_subject, author_name, created_at, body, reason)
VALUES
(1001, 1002, 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 20 DAY, '08:15:00'),
 'Right ankle dorsiflexion measured again with the knee-to-wall test: 11 degrees, not the 8 recorded.',
 'The first reading was taken with the knee straight.'),
(1002, 1009, 'r.okafor', 'Rukayat Okafor', TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '09:40:00'),
 'By phone after the visit the patient mentioned a neck injury from a car accident about twenty years ago. Keep in mind if she reports arm or hand symptoms.',
 'Relevant history that was not known when the evaluation was signed.');


-- -----------------------------------------------------------------------------------------------------
-- Treatment plans. Patient 1001 has plan 1 (superseded) and plan 2 (current, revising plan 1); ten
-- more patients have one current plan each. Each plan follows from a signed evaluation of its patient.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO treatment_plan (id, patient_id, evaluation_id, previous_plan_id, plan_number, status,
                                   start_date, review_date, goals, prescribed_by_subject, prescribed_by_name,
                                   created_at, superseded_at, version)
VALUES
(1001, 1001, 1001, NULL, 1, 'SUPERSEDED',
 UTC_DATE() - INTERVAL 56 DAY, UTC_DATE() - INTERVAL 21 DAY,
 'Settle the pain around the right kneecap and restore smooth knee movement. Run no more than 5 km at an easy pace meanwhile.',
 'r.okafor', 'Rukayat Okafor', TIMESTAMP(UTC_DATE() - INTERVAL 56 DAY, '11:00:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 21 DAY, '11:25:00'), 1),
(1002, 1001, 1002, 1001, 2, 'CURRENT',
 UTC_DATE() - INTERVAL 21 DAY, UTC_DATE() + INTERVAL 21 DAY,
 'Build endurance of the muscles that keep the knee on its axis, and return to 15 km long runs without kneecap pain.',
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 21 DAY, '11:25:00'), NULL, 0),
(1003, 1002, 1004, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 30 DAY, UTC_DATE() + INTERVAL 12 DAY,
 'Load the left patellar tendon gradually. Back to five-a-side without pain the next morning.',
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 30 DAY, '12:30:00'), NULL, 0),
(1004, 1003, 1005, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 26 DAY, UTC_DATE() + INTERVAL 16 DAY,
 'Better kneecap tracking on both sides. Sit through a meeting and run 8 km trails without pain.',
 'm.lindqvist', 'Maja Lindqvist', TIMESTAMP(UTC_DATE() - INTERVAL 26 DAY, '16:00:00'), NULL, 0),
(1005, 1004, 1006, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 40 DAY, UTC_DATE() + INTERVAL 2 DAY,
 'Calm the swelling, improve hip extension and build up to 5 km without grinding or swelling afterwards.',
 's.tanaka', 'Sora Tanaka', TIMESTAMP(UTC_DATE() - INTERVAL 40 DAY, '16:45:00'), NULL, 0),
(1006, 1005, 1007, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 18 DAY, UTC_DATE() + INTERVAL 24 DAY,
 'Pain-free sprint drills, then a graded return to 800 m track sessions.',
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 18 DAY, '17:40:00'), NULL, 0),
(1007, 1007, 1009, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 35 DAY, UTC_DATE() + INTERVAL 7 DAY,
 'Walk downhill without kneecap pain. Back to parkrun at an easy pace.',
 'r.okafor', 'Rukayat Okafor', TIMESTAMP(UTC_DATE() - INTERVAL 35 DAY, '14:30:00'), NULL, 0),
(1008, 1008, 1010, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 24 DAY, UTC_DATE() + INTERVAL 18 DAY,
 'Less clicking, steadier hips when tired and a continuous 30-minute run.',
 'm.lindqvist', 'Maja Lindqvist', TIMESTAMP(UTC_DATE() - INTERVAL 24 DAY, '10:00:00'), NULL, 0),
(1009, 1011, 1013, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 15 DAY, UTC_DATE() + INTERVAL 27 DAY,
 'Run school cross-country races without pain below the kneecap. Keep training load steady during growth.',
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 15 DAY, '16:35:00'), NULL, 0),
(1010, 1012, 1014, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 45 DAY, UTC_DATE() + INTERVAL 3 DAY,
 'Half-marathon distance without burning around the kneecap.',
 'm.lindqvist', 'Maja Lindqvist', TIMESTAMP(UTC_DATE() - INTERVAL 45 DAY, '11:20:00'), NULL, 0),
(1011, 1013, 1016, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 33 DAY, UTC_DATE() + INTERVAL 9 DAY,
 'Control the swelling first, then brick sessions without grinding at the left knee.',
 's.tanaka', 'Sora Tanaka', TIMESTAMP(UTC_DATE() - INTERVAL 33 DAY, '18:20:00'), NULL, 0),
(1012, 1014, 1017, NULL, 1, 'CURRENT',
 UTC_DATE() - INTERVAL 12 DAY, UTC_DATE() + INTERVAL 30 DAY,
 'Stand up from sitting and run with the buggy without pain below the kneecaps.',
 'clinician', 'Clinician', TIMESTAMP(UTC_DATE() - INTERVAL 12 DAY, '10:40:00'), NULL, 0);


-- -----------------------------------------------------------------------------------------------------
-- Prescribed exercises with their dosage (1 slide-and-glide, 2 hamstrings, 3 internal knee brace).
-- Plan 1002 changes the dosage of plan 1001 and adds the brace. Each line copies the library's words for
-- its exercise, as the application does when it saves a plan.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO plan_exercise (id, plan_id, exercise_id, position, sets, repetitions, hold_seconds,
                                  sessions_per_day, sessions_per_week, duration_weeks, notes, exercise_name,
                                  exercise_purpose, exercise_targets, exercise_instructions, exercise_image_url)
WITH v (id, plan_id, exercise_id, position, sets, repetitions, hold_seconds, sessions_per_day, sessions_per_week,
        duration_weeks, notes) AS (VALUES
(1001, 1001, 1, 1, 2, 15,  0, 2, 7, 5, 'Slow and within comfort. Stop before the pinch at full bend.'),
(1002, 1001, 2, 2, 2, 10,  5, 1, 4, 5, 'Start with two sets, both feet on the floor.'),
(1003, 1002, 1, 1, 2, 20,  0, 1, 7, 6, 'Once a day is enough now. Use it as a warm-up before runs.'),
(1004, 1002, 2, 2, 3, 12,  5, 1, 5, 6, 'Three sets now. Try the single-leg version in the last set if it stays pain-free.'),
(1005, 1002, 3, 3, 3, 10, 10, 1, 5, 6, 'New: keep the kneecap pointing over the second toe.'),
(1006, 1003, 2, 1, 3, 10,  5, 1, 5, 6, NULL),
(1007, 1003, 3, 2, 3,  8, 15, 1, 5, 8, 'Long holds load the tendon gently. Pain up to 3/10 during the hold is acceptable.'),
(1008, 1004, 1, 1, 2, 15,  0, 2, 7, 6, NULL),
(1009, 1004, 3, 2, 3, 12, 10, 1, 5, 8, 'Both legs, one after the other.'),
(1010, 1005, 1, 1, 2, 12,  0, 2, 7, 6, 'Keep it small while the knee is swollen.'),
(1011, 1005, 2, 2, 2,  8,  5, 1, 4, 6, NULL),
(1012, 1005, 3, 3, 2, 10, 10, 1, 4, 8, 'Add a third set once the swelling has gone.'),
(1013, 1006, 1, 1, 2, 15,  0, 1, 7, 4, NULL),
(1014, 1006, 2, 2, 3, 10,  5, 1, 5, 6, 'Add a hip abductor focus: keep the pelvis level.'),
(1015, 1007, 1, 1, 2, 15,  0, 2, 7, 6, NULL),
(1016, 1007, 3, 2, 3, 10, 10, 1, 5, 8, 'Hold on to a chair for balance if needed.'),
(1017, 1008, 1, 1, 2, 15,  0, 2, 7, 6, NULL),
(1018, 1008, 2, 2, 3, 10,  5, 1, 5, 6, NULL),
(1019, 1008, 3, 3, 3, 12, 10, 1, 5, 8, NULL),
(1020, 1009, 2, 1, 2, 10,  5, 1, 4, 6, 'A parent checks the technique for the first week.'),
(1021, 1009, 3, 2, 3, 10, 10, 1, 4, 6, NULL),
(1022, 1010, 1, 1, 2, 15,  0, 2, 7, 6, NULL),
(1023, 1010, 2, 2, 3, 10,  5, 1, 5, 6, NULL),
(1024, 1011, 1, 1, 3, 12,  0, 3, 7, 4, 'Three short sessions a day to ease the swelling.'),
(1025, 1011, 2, 2, 2, 10,  5, 1, 4, 6, NULL),
(1026, 1011, 3, 3, 3, 10, 20, 1, 5, 8, NULL),
(1027, 1012, 1, 1, 2, 15,  0, 2, 7, 6, 'Do not force the knee fully straight.'),
(1028, 1012, 3, 2, 2, 12, 10, 1, 5, 8, NULL))
SELECT v.id, v.plan_id, v.exercise_id, v.position, v.sets, v.repetitions, v.hold_seconds, v.sessions_per_day,
       v.sessions_per_week, v.duration_weeks, v.notes, e.name, e.purpose, e.targets, e.instructions, e.image_url
FROM v JOIN exercise e ON e.id = v.exercise_id;


-- -----------------------------------------------------------------------------------------------------
-- Session logs. Patient 1001: two sessions on plan 1, then ten on plan 2 over the last three weeks, pain
-- going down. Patient 1002 logs steadily; 1005 reports pain 8/10 after the last session (HIGH_PAIN
-- alert); 1008 stopped logging 12 days ago (NO_RECENT_SESSION alert); 1007 logs and later reports a
-- warning symptom. exercises_done holds exercise ids.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO session_log (id, patient_id, plan_id, session_date, exercises_done, pain_before, pain_after,
                                note, submission_id, created_at)
VALUES
(1001, 1001, 1001, UTC_DATE() - INTERVAL 30 DAY, '1,2',   6, 6, 'Knee stiff in the morning.',             'demo-1',  TIMESTAMP(UTC_DATE() - INTERVAL 30 DAY, '19:10:00')),
(1002, 1001, 1001, UTC_DATE() - INTERVAL 25 DAY, '1,2',   6, 5, NULL,                                      'demo-2',  TIMESTAMP(UTC_DATE() - INTERVAL 25 DAY, '18:45:00')),
(1003, 1001, 1002, UTC_DATE() - INTERVAL 20 DAY, '1,2,3', 5, 4, 'First time with the brace exercise.',     'demo-3',  TIMESTAMP(UTC_DATE() - INTERVAL 20 DAY, '07:30:00')),
(1004, 1001, 1002, UTC_DATE() - INTERVAL 18 DAY, '1,2,3', 5, 4, NULL,                                      'demo-4',  TIMESTAMP(UTC_DATE() - INTERVAL 18 DAY, '07:40:00')),
(1005, 1001, 1002, UTC_DATE() - INTERVAL 16 DAY, '1,2',   5, 3, 'Skipped the brace, calves tired from a run.', 'demo-5', TIMESTAMP(UTC_DATE() - INTERVAL 16 DAY, '20:05:00')),
(1006, 1001, 1002, UTC_DATE() - INTERVAL 15 DAY, '1,2,3', 4, 4, NULL,                                      'demo-6',  TIMESTAMP(UTC_DATE() - INTERVAL 15 DAY, '07:25:00')),
(1007, 1001, 1002, UTC_DATE() - INTERVAL 13 DAY, '1,2,3', 4, 3, NULL,                                      'demo-7',  TIMESTAMP(UTC_DATE() - INTERVAL 13 DAY, '07:35:00')),
(1008, 1001, 1002, UTC_DATE() - INTERVAL 11 DAY, '1,2,3', 4, 3, '10 km run yesterday went fine.',          'demo-8',  TIMESTAMP(UTC_DATE() - INTERVAL 11 DAY, '07:50:00')),
(1009, 1001, 1002, UTC_DATE() - INTERVAL 9 DAY,  '1,2,3', 3, 2, NULL,                                      'demo-9',  TIMESTAMP(UTC_DATE() - INTERVAL 9 DAY, '07:20:00')),
(1010, 1001, 1002, UTC_DATE() - INTERVAL 6 DAY,  '1,2,3', 3, 2, NULL,                                      'demo-10', TIMESTAMP(UTC_DATE() - INTERVAL 6 DAY, '18:30:00')),
(1011, 1001, 1002, UTC_DATE() - INTERVAL 4 DAY,  '1,2,3', 3, 1, 'Stairs no longer hurt.',                  'demo-11', TIMESTAMP(UTC_DATE() - INTERVAL 4 DAY, '07:15:00')),
(1012, 1001, 1002, UTC_DATE() - INTERVAL 2 DAY,  '1,2,3', 2, 1, '12 km long run at the weekend, no pain.', 'demo-12', TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '07:45:00')),
(1013, 1002, 1003, UTC_DATE() - INTERVAL 12 DAY, '2,3',   4, 3, NULL,                                      'demo-1',  TIMESTAMP(UTC_DATE() - INTERVAL 12 DAY, '21:00:00')),
(1014, 1002, 1003, UTC_DATE() - INTERVAL 8 DAY,  '2,3',   4, 3, NULL,                                      'demo-2',  TIMESTAMP(UTC_DATE() - INTERVAL 8 DAY, '21:10:00')),
(1015, 1002, 1003, UTC_DATE() - INTERVAL 5 DAY,  '2,3',   3, 3, 'Played football the day before.',         'demo-3',  TIMESTAMP(UTC_DATE() - INTERVAL 5 DAY, '20:40:00')),
(1016, 1002, 1003, UTC_DATE() - INTERVAL 1 DAY,  '2,3',   3, 2, NULL,                                      'demo-4',  TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '21:05:00')),
(1017, 1005, 1006, UTC_DATE() - INTERVAL 14 DAY, '1,2',   4, 4, NULL,                                      'demo-1',  TIMESTAMP(UTC_DATE() - INTERVAL 14 DAY, '17:30:00')),
(1018, 1005, 1006, UTC_DATE() - INTERVAL 10 DAY, '1,2',   5, 5, 'Track session two days ago.',             'demo-2',  TIMESTAMP(UTC_DATE() - INTERVAL 10 DAY, '17:45:00')),
(1019, 1005, 1006, UTC_DATE() - INTERVAL 6 DAY,  '1,2',   5, 6, NULL,                                      'demo-3',  TIMESTAMP(UTC_DATE() - INTERVAL 6 DAY, '18:00:00')),
(1020, 1005, 1006, UTC_DATE() - INTERVAL 1 DAY,  '1,2',   5, 8, 'Sharp pain at the kneecap after the hamstring bridges.', 'demo-4', TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '19:05:00')),
(1021, 1008, 1008, UTC_DATE() - INTERVAL 22 DAY, '1,2,3', 5, 4, NULL,                                      'demo-1',  TIMESTAMP(UTC_DATE() - INTERVAL 22 DAY, '06:50:00')),
(1022, 1008, 1008, UTC_DATE() - INTERVAL 19 DAY, '1,2,3', 5, 4, NULL,                                      'demo-2',  TIMESTAMP(UTC_DATE() - INTERVAL 19 DAY, '06:45:00')),
(1023, 1008, 1008, UTC_DATE() - INTERVAL 16 DAY, '1,2',   4, 4, 'Short on time.',                          'demo-3',  TIMESTAMP(UTC_DATE() - INTERVAL 16 DAY, '06:55:00')),
(1024, 1008, 1008, UTC_DATE() - INTERVAL 12 DAY, '1,2,3', 4, 3, NULL,                                      'demo-4',  TIMESTAMP(UTC_DATE() - INTERVAL 12 DAY, '07:00:00')),
(1025, 1007, 1007, UTC_DATE() - INTERVAL 28 DAY, '1,3',   4, 3, NULL,                                      'demo-1',  TIMESTAMP(UTC_DATE() - INTERVAL 28 DAY, '19:30:00')),
(1026, 1007, 1007, UTC_DATE() - INTERVAL 21 DAY, '1,3',   4, 3, NULL,                                      'demo-2',  TIMESTAMP(UTC_DATE() - INTERVAL 21 DAY, '19:20:00')),
(1027, 1007, 1007, UTC_DATE() - INTERVAL 14 DAY, '1,3',   3, 3, 'Walked down the hill with poles, much easier.', 'demo-3', TIMESTAMP(UTC_DATE() - INTERVAL 14 DAY, '19:40:00')),
(1028, 1007, 1007, UTC_DATE() - INTERVAL 7 DAY,  '1,3',   3, 2, NULL,                                      'demo-4',  TIMESTAMP(UTC_DATE() - INTERVAL 7 DAY, '19:15:00'));


-- -----------------------------------------------------------------------------------------------------
-- Warning symptoms reported from the portal: 1007's is open (the flag shows), 1013's acknowledged.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO warning_report (id, patient_id, symptom, details, submission_id, created_at, acknowledged_at,
                                   acknowledged_by, acknowledged_action, acknowledgement_note)
VALUES
(1001, 1007, 'TINGLING_ARMS',
 'Pins and needles down the left arm during the standing brace exercise. It went away after about ten minutes.',
 'demo-w1', TIMESTAMP(UTC_DATE() - INTERVAL 2 DAY, '20:10:00'), NULL, NULL, NULL, NULL),
(1002, 1013, 'UPSET_STOMACH',
 'Felt sick and had stomach cramps after the morning session.',
 'demo-w1', TIMESTAMP(UTC_DATE() - INTERVAL 9 DAY, '07:50:00'),
 TIMESTAMP(UTC_DATE() - INTERVAL 8 DAY, '09:30:00'), 's.tanaka', 'CALLED_PATIENT', 'Settled after a light breakfast; no further symptoms.');


-- -----------------------------------------------------------------------------------------------------
-- Pain and inactivity alerts for the clinicians, both open.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO clinician_alert (id, patient_id, kind, session_log_id, pain_values, on_date, days, raised_at,
                                    acknowledged_at, acknowledged_by, acknowledged_action, acknowledgement_note)
VALUES
(1001, 1005, 'HIGH_PAIN', NULL, '4,8', UTC_DATE() - INTERVAL 1 DAY, NULL,
 TIMESTAMP(UTC_DATE() - INTERVAL 1 DAY, '19:05:00'), NULL, NULL, NULL, NULL),
(1002, 1008, 'NO_RECENT_SESSION', NULL, NULL, NULL, 7,
 TIMESTAMP(UTC_DATE() - INTERVAL 5 DAY, '07:00:00'), NULL, NULL, NULL, NULL);


-- -----------------------------------------------------------------------------------------------------
-- Episodes of care: one per demo patient, open since registration; 1006 and 1010 were discharged on
-- their last update, 1006 with their goals met, 1010 after they stopped attending.
-- -----------------------------------------------------------------------------------------------------
INSERT IGNORE INTO episode_of_care (id, patient_id, episode_number, status, started_on, started_by_subject,
                                    started_by_name, referral_notes, created_at, discharged_on, discharge_reason,
                                    discharge_note, discharged_by_subject, discharged_by_name, discharged_at)
SELECT p.id, p.id, 1, IF(p.status = 'DISCHARGED', 'DISCHARGED', 'OPEN'), DATE(p.created_at), 's.tanaka',
       'Sora Tanaka', p.referral_notes, p.created_at,
       IF(p.status = 'DISCHARGED', DATE(p.updated_at), NULL),
       CASE WHEN p.status <> 'DISCHARGED' THEN NULL WHEN p.id = 1006 THEN 'GOALS_MET' ELSE 'STOPPED_ATTENDING' END,
       IF(p.id = 1006, 'Keep the brace exercise twice a week before long runs.', NULL),
       IF(p.status = 'DISCHARGED', 's.tanaka', NULL), IF(p.status = 'DISCHARGED', 'Sora Tanaka', NULL),
       IF(p.status = 'DISCHARGED', p.updated_at, NULL)
FROM patient p
WHERE p.id BETWEEN 1001 AND 1020
  AND NOT EXISTS (SELECT 1 FROM episode_of_care e WHERE e.patient_id = p.id);


-- Seal the signed demo evaluations as signing does (the same statement as V13__evaluation_drafts_and_seals.sql).
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
