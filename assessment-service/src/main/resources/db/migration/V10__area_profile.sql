-- The areas' affiliation (primary / secondary) and province, which the national roll-ups filter by: a replica of
-- school-service's areas kept from its school.AreaProfileChanged.v1 events (kit AreaProfiles).
create table area_profile (
    code        text primary key,
    name_th     text,
    level       text check (level in ('primary', 'secondary')),
    province    text,
    updated_at  timestamptz not null default now()
);
create index area_profile_level_province on area_profile (level, province);
