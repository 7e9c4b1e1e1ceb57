-- Khet service kit: the transactional outbox (also the change feed) and the idempotent consumer log.
-- Every service runs this migration (flyway location db/kit) before its own (db/migration, V1 onwards).

create table outbox_event (
    id             uuid primary key,
    -- insertion order, to keep the events of one transaction in the order they were written
    seq            bigint generated always as identity,
    -- the writing transaction: rows are sequenced only once every transaction that could still commit
    -- a row with a smaller id has ended, so the change feed never skips a late commit
    txid           xid8        not null default pg_current_xact_id(),
    -- gap-free position in commit order, assigned by the relay; null until sequenced
    position       bigint unique,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    type           text        not null,
    topic          text        not null,
    area_code      text,
    fiscal_year    integer,
    academic_year  integer,
    occurred_at    timestamptz not null,
    payload        jsonb       not null,
    published_at   timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);

create index outbox_event_unsequenced on outbox_event (txid, seq) where position is null;
create index outbox_event_unpublished on outbox_event (position) where published_at is null and position is not null;
create index outbox_event_area on outbox_event (area_code, position);

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
