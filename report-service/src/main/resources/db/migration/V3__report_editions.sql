-- Published editions of an area's annual report (ADR 0019): the whole document model frozen as the JSON the report
-- answers (content, its exact bytes) with its SHA-256, the years, round and data versions it came from, who published
-- it and when. Numbered 1, 2, 3 per area and fiscal year; rows are only inserted, never changed.
create table report_edition (
    area_code      varchar(8)  not null,
    fiscal_year    integer     not null check (fiscal_year between 2400 and 2700),
    number         integer     not null check (number >= 1),
    content        bytea       not null,
    content_sha256 char(64)    not null,
    data_versions  jsonb       not null,
    published_by   text        not null,
    published_at   timestamptz not null default now(),
    primary key (area_code, fiscal_year, number)
);
