-- An area's settings for its collection rounds (issue #21). branches_report: whether a branch campus (school.branch_of
-- set) reports on its own; when false its figures come with its main school and it is not an expected submitter.
-- An area without a row keeps the default, true: every open school is expected, branches included.
create table area_round_setting (
    area_code       text        primary key references area (code),
    branches_report boolean     not null,
    version         bigint      not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      text
);
