-- The levels a school teaches (issue #21), as the register records them: kindergarten, primary, lower-secondary,
-- upper-secondary. Null while the area has not said (every school registered before): the rules that need it skip
-- such a school. An empty list is stored as null (a school teaches something).
alter table school add column levels text[]
    check (levels <@ array['kindergarten', 'primary', 'lower-secondary', 'upper-secondary']::text[]
           and cardinality(levels) > 0);

-- Kindergarten pupils (K1–K3) at a school whose register says it has no kindergarten: a warning to acknowledge,
-- beside V5's grade-not-taught (M1–M3 outside expansion schools); an area overrides it like every rule.
insert into validation_rule (kind, code, area_code, version, severity, params, updated_by) values
    ('enrolment', 'kindergarten-not-taught', null, 1, 'warning', '{}', 'system');
