-- Webhooks (ADR 0018): OBEC's subscriptions to Khet's events, and one delivery row per event and subscription.
-- Ships with the kit in its own Flyway location (db/webhooks), which only the service hosting /v1/webhooks
-- (school-service) lists; khet.webhooks.enabled=true there.

create table webhook_subscription (
    id          uuid primary key,
    url         text        not null,
    -- patterns: an exact type (school.DistrictChanged.v1), a service's or a name's wildcard (assessment.*), or *
    event_types text[]      not null,
    -- the areas whose events it receives; empty: every event, those of no area included
    area_codes  text[]      not null,
    -- the HMAC key of Khet-Signature; written once, never answered
    secret      text        not null,
    created_at  timestamptz not null default now(),
    created_by  text        not null
);

create table webhook_delivery (
    -- the order the worker read the events in: "earlier" for the order per aggregate
    id              bigint generated always as identity primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_id        text        not null,
    event_type      text        not null,
    subject         text,
    -- the event's source and subject: a later delivery of the same key waits for every earlier one
    aggregate_key   text        not null,
    area_code       text,
    -- the CloudEvent JSON exactly as sent and signed
    body            text        not null,
    status          text        not null default 'pending' check (status in ('pending', 'delivered', 'dead')),
    attempts        integer     not null default 0,
    last_status     integer,
    last_error      text,
    last_attempt_at timestamptz,
    next_attempt_at timestamptz not null default now(),
    delivered_at    timestamptz,
    created_at      timestamptz not null default now(),
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_open on webhook_delivery (subscription_id, aggregate_key, id) where status <> 'delivered';
create index webhook_delivery_log on webhook_delivery (subscription_id, status, id);
