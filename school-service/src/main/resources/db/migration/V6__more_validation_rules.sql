-- More national defaults of the school-level feeds' validation rules (issue #21), beside V5's three; obec-admin
-- edits them, an area overrides them, every edit a new version. All warnings: a figure that is odd is acknowledged
-- with a reason, not refused.
insert into validation_rule (kind, code, area_code, version, severity, params, updated_by) values
    ('enrolment', 'classrooms-without-students', null, 1, 'warning', '{}', 'system'),
    ('enrolment', 'students-without-classrooms', null, 1, 'warning', '{}', 'system'),
    ('staffing', 'pupils-per-teacher', null, 1, 'warning',
     '{"min": 5, "max": 40, "staffTypes": ["teacher", "government-employee", "crisis-teacher"]}', 'system'),
    ('admissions', 'admissions-above-plan', null, 1, 'warning', '{"maxPercentOver": 0}', 'system'),
    ('transitions', 'transitions-add-up', null, 1, 'warning', '{"maxDifference": 0}', 'system');
