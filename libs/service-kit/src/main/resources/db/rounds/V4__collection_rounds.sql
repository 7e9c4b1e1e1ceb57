-- Collection rounds (kit, org.khet.kit.round): a service that collects school-level feeds in rounds adds
-- db/rounds to its quarkus.flyway.locations; version 4 is kept free for it in school- and assessment-service.

-- A round of one feed kind: national (area_code null, opened by obec-admin for every area) or one area's.
create table collection_round (
    id            uuid primary key,
    kind          text        not null,
    academic_year integer     not null,
    round         integer     not null check (round >= 1),
    snapshot_date date        not null,
    opens_on      date        not null,
    closes_on     date        not null check (closes_on >= opens_on),
    area_code     text,
    state         text        not null check (state in ('planned', 'open', 'closed', 'locked')),
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    text,
    updated_at    timestamptz not null default now(),
    updated_by    text
);
create unique index collection_round_key on collection_round (kind, academic_year, round, coalesce(area_code, ''));

-- One school's submission to a round; expected ones are written when the round opens (from the register at the
-- snapshot date), a school that submits without being expected gets a row with expected = false.
create table round_submission (
    round_id        uuid        not null references collection_round (id),
    school_code     text        not null,
    area_code       text        not null,
    district_code   text,
    expected        boolean     not null,
    status          text        not null check (status in ('not-submitted', 'submitted', 'warnings-acknowledged',
                                                           'certified', 'acknowledged', 'locked')),
    reopened        boolean     not null default false,
    submissions     integer     not null default 0,
    first_submitted_at timestamptz,
    submitted_at    timestamptz,
    certified_at    timestamptz,
    acknowledged_at timestamptz,
    receipt_id      uuid,
    version         bigint      not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      text,
    primary key (round_id, school_code)
);
create index round_submission_area on round_submission (round_id, area_code);

-- Every transition of a submission, as it happened.
create table round_submission_history (
    id          bigint generated always as identity primary key,
    round_id    uuid        not null,
    school_code text        not null,
    action      text        not null,
    from_status text        not null,
    to_status   text        not null,
    reason      text,
    receipt_id  uuid,
    actor       text,
    at          timestamptz not null default now()
);
create index round_submission_history_school on round_submission_history (round_id, school_code, id);

-- The warnings of a submission's latest feed; a new submission replaces them.
create table round_warning (
    round_id        uuid        not null,
    school_code     text        not null,
    seq             integer     not null,
    rule            text        not null,
    rule_version    integer     not null,
    feed_row        integer     not null,
    feed_column     text        not null,
    reported        text,
    rule_limit      text,
    message_th      text,
    message_en      text,
    reason          text,
    acknowledged_by text,
    acknowledged_at timestamptz,
    primary key (round_id, school_code, seq)
);

-- Validation rules as data: national defaults (area_code null) and area overrides, every edit a new version.
create table validation_rule (
    kind       text        not null,
    code       text        not null,
    area_code  text,
    version    integer     not null,
    severity   text        not null check (severity in ('hard', 'warning', 'off')),
    params     jsonb       not null default '{}',
    updated_at timestamptz not null default now(),
    updated_by text
);
create unique index validation_rule_key on validation_rule (kind, code, coalesce(area_code, ''), version);

-- The audit trail: the figures of each school's latest submission, and every change of one, with before and after.
create table round_figure (
    round_id    uuid not null,
    school_code text not null,
    figure      text not null,
    value       text not null,
    primary key (round_id, school_code, figure)
);

create table round_figure_change (
    id          bigint generated always as identity primary key,
    round_id    uuid        not null,
    school_code text        not null,
    figure      text        not null,
    before      text,
    after       text,
    receipt_id  uuid,
    actor       text,
    at          timestamptz not null default now()
);
create index round_figure_change_school on round_figure_change (round_id, school_code, id);
