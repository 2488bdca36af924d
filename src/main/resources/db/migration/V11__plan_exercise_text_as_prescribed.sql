-- A prescription stays as prescribed: each prescribed exercise keeps the library's text (name, purpose,
-- targets, instructions, image) as it was when the plan was saved. Editing the library afterwards changes
-- what later plans copy, never a plan already prescribed. Existing rows take the library's text as it is now,
-- the best record of what was prescribed there is.

ALTER TABLE plan_exercise
    ADD COLUMN exercise_name         VARCHAR(120),
    ADD COLUMN exercise_purpose      VARCHAR(1000),
    ADD COLUMN exercise_targets      VARCHAR(500),
    ADD COLUMN exercise_instructions VARCHAR(4000),
    ADD COLUMN exercise_image_url    VARCHAR(500);

UPDATE plan_exercise pe
JOIN exercise e ON e.id = pe.exercise_id
SET pe.exercise_name = e.name,
    pe.exercise_purpose = e.purpose,
    pe.exercise_targets = e.targets,
    pe.exercise_instructions = e.instructions,
    pe.exercise_image_url = e.image_url;

ALTER TABLE plan_exercise
    MODIFY exercise_name         VARCHAR(120)  NOT NULL,
    MODIFY exercise_purpose      VARCHAR(1000) NOT NULL,
    MODIFY exercise_targets      VARCHAR(500)  NOT NULL,
    MODIFY exercise_instructions VARCHAR(4000) NOT NULL;
