-- assessment-service: national test statistics and the evaluations of the area office.
-- Catalogue, rubrics and frameworks are data (rows), not code: a new test, subject, rubric band or indicator is
-- an insert, not a release.

-- The test catalogue: O-NET P6 / M3, NT P3, RT P1, and whatever the testing bodies add.
create table test (
    code       text primary key,           -- ONET-P6
    family     text    not null,           -- O-NET, NT, RT
    grade      text    not null,           -- P6, M3, P3, P1
    name_th    text    not null,
    name_en    text,
    version    bigint  not null default 0
);

create table test_subject (
    id         uuid primary key,
    test_code  text    not null references test (code),
    code       text    not null,           -- 61, 63 … for O-NET; MATH, THAI, READ-ALOUD … for NT / RT
    name_th    text    not null,
    name_en    text,
    position   integer not null,
    unique (test_code, code)
);

-- A published statistic at the level it is published: a school, an area, OBEC (the affiliation) or the nation.
-- subject_code 'ALL' is the "รวมเฉลี่ย" row as a publisher printed it: stored to be checked, never used to compute.
create table test_statistic (
    id                        uuid primary key,
    academic_year             integer      not null check (academic_year between 2500 and 2700),
    test_code                 text         not null references test (code),
    subject_code              text         not null,
    level                     text         not null check (level in ('SCHOOL', 'AREA', 'OBEC', 'NATION')),
    org_code                  text         not null,
    area_code                 text,
    mean_percent              numeric(5,2) not null check (mean_percent between 0 and 100),
    takers                    integer      check (takers >= 0),
    standard_deviation        numeric(5,2) check (standard_deviation >= 0),
    source                    text,
    reported_diff_obec        numeric(6,2),
    reported_diff_nation      numeric(6,2),
    version                   bigint       not null default 0,
    updated_at                timestamptz  not null default now(),
    updated_by                text,
    unique (academic_year, test_code, subject_code, level, org_code)
);
create index test_statistic_area on test_statistic (area_code, academic_year);

-- A year-over-year table as a report printed it (subject as labelled, both years' means, the difference):
-- kept so that Khet's own comparison, joined by subject code, can be checked against it.
create table test_comparison_reported (
    id                uuid primary key,
    area_code         text         not null,
    test_code         text         not null references test (code),
    subject_code      text         not null,
    academic_year     integer      not null,
    mean_percent      numeric(5,2),
    previous_year     integer      not null,
    previous_mean     numeric(5,2),
    difference        numeric(6,2),
    label_th          text,
    source            text,
    version           bigint       not null default 0,
    updated_at        timestamptz  not null default now(),
    updated_by        text,
    unique (area_code, test_code, subject_code, academic_year, previous_year)
);

-- Rubrics: score bands → level 1–5 with the Thai label, or → a grade (ITA: AA, A, B …).
create table rubric (
    code     text primary key,
    kind     text   not null check (kind in ('LEVEL', 'GRADE')),
    name_th  text   not null,
    version  bigint not null default 0
);

create table rubric_band (
    id           uuid primary key,
    rubric_code  text          not null references rubric (code),
    min_score    numeric(6,2)  not null,     -- inclusive lower bound; the band runs up to the next band's minimum
    level        integer       check (level between 1 and 5),
    label        text          not null,     -- ดีเยี่ยม … ปรับปรุง, or the grade AA … F
    passes       boolean,
    unique (rubric_code, min_score)
);

-- Frameworks the office is evaluated by (QP, AP, ESAO standards 2560, ITA Online, KRS) and their indicators.
create table framework (
    code           text primary key,         -- QP-2566, AP-2566, ESAO-STD-2560, ITA-2566, KRS-2566
    family         text    not null,         -- QP, AP, ESAO-STD, ITA, KRS
    name_th        text    not null,
    name_en        text,
    fiscal_year    integer,                  -- null: applies to every year (the standards of 2560)
    rubric_code    text    not null references rubric (code),
    average_depth  integer not null default 1 check (average_depth >= 1),
    version        bigint  not null default 0
);

create table framework_indicator (
    id              uuid primary key,
    framework_code  text    not null references framework (code),
    code            text    not null,        -- 6a, X1, 3.4.3.1
    parent_code     text,
    title_th        text    not null,
    kind            text    not null check (kind in ('ROUNDS', 'SCORE', 'TARGET', 'GRADE', 'GROUP')),
    position        integer not null,
    unique (framework_code, code)
);

-- One result of an indicator for an area and fiscal year; round '' is the indicator's own (overall) row.
create table evaluation_result (
    id                uuid primary key,
    area_code         text         not null,
    fiscal_year       integer      not null check (fiscal_year between 2500 and 2700),
    framework_code    text         not null references framework (code),
    indicator_code    text         not null,   -- 'ALL' is the framework average as reported
    round             text         not null default '',
    state             text         not null check (state in ('SCORED', 'NOT_APPLICABLE', 'MONITORED_NOT_EVALUATED', 'PENDING', 'NOT_REPORTED')),
    score             numeric(6,2),
    reported_level    integer      check (reported_level between 1 and 5),
    reported_label    text,
    target_percent    numeric(6,2),
    achieved_percent  numeric(6,2),
    reported_outcome  text         check (reported_outcome in ('ACHIEVED', 'NOT_ACHIEVED')),
    reported_grade    text,
    rank              integer      check (rank >= 1),
    rank_of           integer      check (rank_of >= 1),
    reported_change   numeric(6,2),
    note              text,
    version           bigint       not null default 0,
    updated_at        timestamptz  not null default now(),
    updated_by        text,
    unique (area_code, fiscal_year, framework_code, indicator_code, round)
);
create index evaluation_result_area on evaluation_result (area_code, fiscal_year);
