-- National default of the schools' test results' validation rule (the kit's validation_rule, db/rounds V4):
-- a school's subject mean that moved more than 20 percentage points from the year before is a warning to acknowledge.
insert into validation_rule (kind, code, area_code, version, severity, params, updated_by) values
    ('test-statistics', 'mean-change', null, 1, 'warning', '{"maxPoints": 20}', 'system');
