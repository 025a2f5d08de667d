-- The change feed: every domain event, written in the transaction of the change it reports.
create table domain_events (
    id          bigint generated always as identity primary key,
    type        text        not null,
    payload     jsonb       not null,
    occurred_at timestamptz not null default now()
);
create index domain_events_type_idx on domain_events (type, id);
