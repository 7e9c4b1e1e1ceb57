-- Feeds: one receipt per processed feed, found again by Idempotency-Key or by content within its scope.
create table feed_receipt (
    id              uuid primary key,
    kind            text        not null,
    scope           text        not null,
    idempotency_key text,
    sha256          text        not null,
    rows            integer     not null,
    result          jsonb       not null,
    received_at     timestamptz not null default now(),
    unique (kind, idempotency_key),
    unique (kind, scope, sha256)
);

-- Large feeds run as jobs; the sender polls /v1/feed-jobs/{id}.
create table feed_job (
    id          uuid primary key,
    kind        text        not null,
    status      text        not null check (status in ('queued', 'running', 'succeeded', 'failed')),
    created_at  timestamptz not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    rows        integer,
    result      jsonb,
    problem     jsonb
);

-- The org directory: OBEC → areas → districts → schools. school-service owns it and publishes every change
-- (school.OrgUnitChanged.v1); every other service keeps this same table as a replica from those events.
create table org_unit (
    code        text primary key,
    kind        text        not null,
    parent_code text,
    area_code   text,
    name_th     text,
    name_en     text,
    status      text        not null default 'open',
    updated_at  timestamptz not null default now()
);

-- Closure table: one row per (ancestor, descendant) pair, the unit itself included at depth 0,
-- so "is X under Y" is a single primary-key lookup.
create table org_closure (
    ancestor   text    not null,
    descendant text    not null,
    depth      integer not null,
    primary key (ancestor, descendant)
);
create index org_closure_descendant on org_closure (descendant);
