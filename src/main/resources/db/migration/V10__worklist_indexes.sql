-- The worklist reads every patient's items needing attention; each of its lists runs on an index.
-- Current plans past their review date:
CREATE INDEX ix_plan_review ON treatment_plan (status, review_date);
-- Draft evaluations by age:
CREATE INDEX ix_evaluation_draft ON evaluation (status, created_at);
