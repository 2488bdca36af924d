-- Which patients have a measure due: open measures by due date across the clinic, and whether a patient
-- has been given a measure on an occasion (baseline, review) at all.
CREATE INDEX ix_outcome_assignment_due ON outcome_assignment (status, due_date);
CREATE INDEX ix_outcome_assignment_occasion ON outcome_assignment (patient_id, occasion, assigned_at);
