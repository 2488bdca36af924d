-- The statements behind the benchmarked requests, as Hibernate issues them (simplified column lists),
-- for EXPLAIN on the seeded data. @patient, @evaluation and @username are set by bench/report.sh.
-- patient search (PatientRepository.Search): each way to match is one index lookup with a rank, gathered by
-- UNION ALL; a name prefix, its count, a full name in either order, an MRN, a date of birth, a phone number
EXPLAIN SELECT p.id, p.mrn, p.given_name, p.family_name, p.date_of_birth, p.status,
       EXISTS (SELECT 1 FROM warning_report w WHERE w.patient_id = p.id AND w.acknowledged_at IS NULL),
       (SELECT COUNT(a.id) FROM clinician_alert a WHERE a.patient_id = p.id AND a.acknowledged_at IS NULL)
FROM (SELECT hit.id, MIN(hit.rnk) AS rnk FROM (
        SELECT id, 2 AS rnk FROM patient WHERE name_given_first = 'van' UNION ALL
        SELECT id, 2 AS rnk FROM patient WHERE name_family_first = 'van' UNION ALL
        SELECT id, 3 AS rnk FROM patient WHERE family_name = 'van' UNION ALL
        SELECT id, 3 AS rnk FROM patient WHERE given_name = 'van' UNION ALL
        SELECT id, 4 AS rnk FROM patient WHERE name_given_first LIKE 'van%' UNION ALL
        SELECT id, 4 AS rnk FROM patient WHERE name_family_first LIKE 'van%') hit GROUP BY hit.id) m
JOIN patient p ON p.id = m.id
ORDER BY m.rnk, p.family_name, p.given_name, p.id LIMIT 25;
EXPLAIN SELECT COUNT(DISTINCT hit.id) FROM (
        SELECT id, 4 AS rnk FROM patient WHERE name_given_first LIKE 'van%' UNION ALL
        SELECT id, 4 AS rnk FROM patient WHERE name_family_first LIKE 'van%') hit;
EXPLAIN SELECT id FROM patient WHERE name_family_first = 'Verhoeven Hannah' UNION ALL
        SELECT id FROM patient WHERE given_name LIKE 'Hannah%' AND family_name LIKE 'Verhoeven%';
EXPLAIN SELECT id FROM patient WHERE mrn = 'KR20000007' UNION ALL SELECT id FROM patient WHERE mrn LIKE 'KR20000007%';
EXPLAIN SELECT id FROM patient WHERE date_of_birth = '1980-05-17';
EXPLAIN SELECT id FROM patient WHERE phone_digits_rev LIKE '876543216%';
-- chart: current plan with its items and their exercises (also the portal page and a session log)
EXPLAIN SELECT * FROM treatment_plan p JOIN patient pa ON pa.id = p.patient_id
LEFT JOIN plan_exercise i ON i.plan_id = p.id LEFT JOIN exercise e ON e.id = i.exercise_id
WHERE p.patient_id = @patient AND p.status = 'CURRENT';
-- chart: unacknowledged and acknowledged warning reports and alerts, the latest sessions with their notes
EXPLAIN SELECT * FROM warning_report w WHERE w.patient_id = @patient AND w.acknowledged_at IS NULL ORDER BY w.created_at, w.id;
EXPLAIN SELECT * FROM warning_report w WHERE w.patient_id = @patient AND w.acknowledged_at IS NOT NULL
ORDER BY w.created_at DESC, w.id DESC LIMIT 10;
EXPLAIN SELECT * FROM session_log s WHERE s.patient_id = @patient ORDER BY s.session_date DESC, s.id DESC LIMIT 20;
-- worklist: each source, oldest first, and its count in the navigation
EXPLAIN SELECT * FROM warning_report w WHERE w.acknowledged_at IS NULL ORDER BY w.created_at, w.id LIMIT 200;
EXPLAIN SELECT * FROM clinician_alert a WHERE a.acknowledged_at IS NULL ORDER BY a.raised_at, a.id LIMIT 200;
EXPLAIN SELECT p.id, p.patient_id, p.plan_number, p.review_date FROM treatment_plan p
WHERE p.status = 'CURRENT' AND p.review_date < UTC_DATE() ORDER BY p.review_date, p.id LIMIT 200;
EXPLAIN SELECT e.id, e.patient_id, e.visit_date, e.created_at FROM evaluation e
WHERE e.status = 'DRAFT' AND e.created_at < UTC_TIMESTAMP() - INTERVAL 1 DAY ORDER BY e.created_at, e.id LIMIT 200;
-- chart: open alerts, evaluation history, plan history, progress (8 weeks of sessions)
EXPLAIN SELECT * FROM clinician_alert a WHERE a.patient_id = @patient AND a.acknowledged_at IS NULL ORDER BY a.raised_at DESC;
EXPLAIN SELECT e.id, e.visit_date, e.status FROM evaluation e WHERE e.patient_id = @patient ORDER BY e.visit_date DESC, e.id DESC LIMIT 50;
EXPLAIN SELECT p.id, p.plan_number, (SELECT COUNT(*) FROM plan_exercise i WHERE i.plan_id = p.id) FROM treatment_plan p
WHERE p.patient_id = @patient ORDER BY p.plan_number DESC;
EXPLAIN SELECT s.session_date, s.pain_before, s.pain_after FROM session_log s
WHERE s.patient_id = @patient AND s.session_date >= UTC_DATE() - INTERVAL 8 WEEK ORDER BY s.session_date, s.id;
-- evaluation view: the evaluation with its patient, then its addenda
EXPLAIN SELECT * FROM evaluation e JOIN patient p ON p.id = e.patient_id WHERE e.id = @evaluation;
EXPLAIN SELECT * FROM evaluation_addendum a WHERE a.evaluation_id = @evaluation ORDER BY a.created_at, a.id;
-- portal: the account link, the earlier submission check of a session log
EXPLAIN SELECT * FROM account a WHERE a.username = @username;
EXPLAIN SELECT * FROM session_log s WHERE s.patient_id = @patient AND s.submission_id = 'bench-x';
-- exercise library
EXPLAIN SELECT * FROM exercise e WHERE e.retired = 0 ORDER BY e.name LIMIT 50;
-- audit append: one INSERT into audit_entry in the request's own transaction, no shared row locked.
-- The background sealer: the newest sealed entry, the backlog, the next batch, the head it moves.
EXPLAIN SELECT COALESCE(MAX(entry_id), 0) FROM audit_seal;
EXPLAIN SELECT COUNT(*), MIN(e.occurred_at) FROM audit_entry e
WHERE e.id > (SELECT COALESCE(MAX(entry_id), 0) FROM audit_seal);
EXPLAIN SELECT e.id, e.mac FROM audit_entry e WHERE e.id > 2000000 ORDER BY e.id LIMIT 500;
EXPLAIN SELECT seal_count, last_entry_id, last_hash, key_id, sealed_at, mac FROM audit_chain_head WHERE id = 1 FOR UPDATE;
