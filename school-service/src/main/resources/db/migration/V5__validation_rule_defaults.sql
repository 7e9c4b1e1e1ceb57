-- National defaults of the school-level feeds' validation rules (the kit's validation_rule, db/rounds V4).
-- obec-admin edits them, an area overrides them; every edit is a new version.
insert into validation_rule (kind, code, area_code, version, severity, params, updated_by) values
    ('enrolment', 'students-per-classroom', null, 1, 'warning', '{"max": 40}', 'system'),
    ('enrolment', 'grade-change', null, 1, 'warning', '{"maxPercent": 30, "minStudents": 10}', 'system'),
    ('enrolment', 'grade-not-taught', null, 1, 'warning', '{}', 'system');
