-- budget-service: baseline. The kit's tables (outbox_event, processed_event) come from db/kit;
-- this service's own tables start at V2.
comment on schema public is 'Khet budget-service';
