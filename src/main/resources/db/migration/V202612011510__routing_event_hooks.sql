-- Outbound event hooks: endpoints admins subscribed to public event types (question.asked, ...).
-- A public endpoint gets only what a visitor of the site could see; an internal one gets everything.
create table routing_event_hooks (
    id          bigint generated always as identity primary key,
    name        text        not null,
    url         text        not null,
    secret      text        not null,
    format      text        not null default 'muster' check (format in ('muster', 'slack')),
    internal    boolean     not null default false,
    event_types text[]      not null,
    active      boolean     not null default true,
    created_at  timestamptz not null default now()
);

-- The outbox: written by the change-feed subscriber routing.event-hooks in its batch's transaction,
-- sent by a worker on any node. question_id and post_id say what it is about, so that a delivery to a
-- public endpoint is checked again, as a visitor, when it is sent; one no longer public is withheld.
create table routing_event_hook_deliveries (
    id              bigint generated always as identity primary key,
    hook_id         bigint      not null references routing_event_hooks (id) on delete cascade,
    event_type      text        not null,
    event_id        text        not null,
    question_id     bigint,
    post_id         bigint,
    payload         jsonb       not null,
    status          text        not null default 'pending' check (status in ('pending', 'sent', 'dead', 'withheld')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_status     int,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index routing_event_hook_deliveries_due_idx on routing_event_hook_deliveries (next_attempt_at) where status = 'pending';
create index routing_event_hook_deliveries_hook_idx on routing_event_hook_deliveries (hook_id, id desc);
