-- project-service: the area's strategic plan per fiscal year, its projects with their results, and photos.

-- Part 2 of the annual report (ทิศทางการพัฒนาการศึกษา): ordered Thai lists, replaced as one document.
-- Lists are jsonb: they are read and written whole, never queried item by item.
create table strategic_plan (
    id           uuid primary key,
    area_code    text        not null,
    fiscal_year  integer     not null,
    vision       text        not null,
    missions     jsonb       not null,
    goals        jsonb       not null,
    strategies   jsonb       not null,
    core_values  jsonb       not null,
    policies     jsonb       not null,
    focus_points jsonb       not null,
    version      bigint      not null,
    updated_at   timestamptz not null,
    updated_by   text,
    unique (area_code, fiscal_year)
);

-- Part 3 §6: one row per project of an area's year, identified in the report by (plan kind, number).
create table project (
    id                   uuid primary key,
    area_code            text          not null,
    fiscal_year          integer       not null,
    plan_kind            text          not null check (plan_kind in ('ACTION_PLAN', 'ADDITIONAL')),
    number               integer       not null check (number > 0),
    title                text          not null,
    funding_source       text check (funding_source in ('AREA', 'OBEC', 'OTHER')),
    strategy_number      integer check (strategy_number > 0),
    budget               numeric(16,2) not null check (budget >= 0),
    actual_spend         numeric(16,2) check (actual_spend >= 0),
    -- figures the source reported that Khet does not use as truth (a second budget on the project's own
    -- page, a remainder): kept to show where the report disagrees with itself
    reported_budget      numeric(16,2) check (reported_budget >= 0),
    reported_remaining   numeric(16,2),
    owners               jsonb         not null,
    status               text          not null check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    achieved             text          not null check (achieved in ('YES', 'NO', 'NOT_ASSESSED')),
    quantitative_results jsonb         not null default '[]',
    qualitative_results  jsonb         not null default '[]',
    problems             jsonb         not null default '[]',
    suggestions          jsonb         not null default '[]',
    version              bigint        not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    updated_by           text,
    unique (area_code, fiscal_year, plan_kind, number)
);
create index project_area_year on project (area_code, fiscal_year, plan_kind, number);

-- Activity photos (ภาพกิจกรรม), kept in the database: they commit and roll back with the project, are in every
-- backup of it, and need no shared disk between service replicas. Size is capped by khet.project.photos.max-bytes.
create table project_photo (
    id           uuid primary key,
    project_id   uuid          not null references project (id) on delete cascade,
    content_type text          not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   integer       not null,
    sha256       text          not null,
    caption      text,
    data         bytea         not null,
    uploaded_at  timestamptz   not null default now(),
    uploaded_by  text
);
create index project_photo_project on project_photo (project_id, uploaded_at);

-- What the report printed above each project list ("31 projects, 31 carried out, achieved 100%"): stored as
-- reported, compared with what Khet counts from the projects themselves.
create table project_list_report (
    area_code                 text         not null,
    fiscal_year               integer      not null,
    plan_kind                 text         not null check (plan_kind in ('ACTION_PLAN', 'ADDITIONAL')),
    reported_count            integer check (reported_count >= 0),
    reported_carried_out      integer check (reported_carried_out >= 0),
    reported_achieved_percent numeric(5,2),
    updated_at                timestamptz  not null default now(),
    updated_by                text,
    primary key (area_code, fiscal_year, plan_kind)
);
