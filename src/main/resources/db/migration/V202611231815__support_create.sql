create table tickets (
    id                bigint generated always as identity primary key,
    question_id       bigint      not null references posts (id),
    space_id          bigint      not null references spaces (id),
    asker_id          bigint references members (id),
    subject           text        not null,
    status            text        not null default 'open' check (status in ('open', 'pending', 'solved')),
    priority          text        not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
    assignee_id       bigint references members (id),
    cause             text        not null check (cause in ('member', 'staff', 'rule', 'unanswered')),
    escalated_by      bigint references members (id),
    external_ref      text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    first_response_at timestamptz,
    solved_at         timestamptz
);
-- At most one unsolved ticket per question.
create unique index tickets_question_open_idx on tickets (question_id) where status <> 'solved';
create index tickets_status_idx on tickets (status, created_at desc);
create index tickets_asker_idx on tickets (asker_id);

create table ticket_notes (
    id         bigint generated always as identity primary key,
    ticket_id  bigint      not null references tickets (id),
    author_id  bigint references members (id),
    author     text        not null,
    body       text        not null,
    created_at timestamptz not null default now()
);
create index ticket_notes_ticket_idx on ticket_notes (ticket_id, created_at);

create table ticket_events (
    id         bigint generated always as identity primary key,
    ticket_id  bigint      not null references tickets (id),
    type       text        not null,
    actor_id   bigint references members (id),
    detail     jsonb       not null default '{}',
    created_at timestamptz not null default now()
);
create index ticket_events_ticket_idx on ticket_events (ticket_id, id);

-- Escalate on posting: questions in these spaces or with these tags go to support at once.
create table escalation_rules (
    id         bigint generated always as identity primary key,
    space_id   bigint references spaces (id) on delete cascade,
    tag        text,
    created_at timestamptz not null default now(),
    check ((space_id is null) <> (tag is null))
);
create unique index escalation_rules_space_idx on escalation_rules (space_id) where space_id is not null;
create unique index escalation_rules_tag_idx on escalation_rules (tag) where tag is not null;

-- Escalate a question that nobody answered within this many hours.
create table unanswered_escalation (
    space_id    bigint primary key references spaces (id) on delete cascade,
    after_hours int not null check (after_hours between 1 and 8760)
);

create table webhook_endpoints (
    id            bigint generated always as identity primary key,
    name          text        not null,
    url           text        not null,
    secret        text        not null,
    reply_as      bigint      not null references members (id),
    active        boolean     not null default true,
    created_at    timestamptz not null default now()
);

-- The outbox: written in the transaction of the ticket change, sent by a worker on any node.
create table webhook_deliveries (
    id              bigint generated always as identity primary key,
    endpoint_id     bigint      not null references webhook_endpoints (id) on delete cascade,
    ticket_id       bigint      not null references tickets (id),
    event           text        not null,
    payload         jsonb       not null,
    status          text        not null default 'pending' check (status in ('pending', 'sent', 'dead')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_status     int,
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_dead_idx on webhook_deliveries (created_at desc) where status = 'dead';

-- Inbound deliveries already applied, so a replayed one is refused.
create table inbound_webhooks (
    endpoint_id bigint      not null references webhook_endpoints (id) on delete cascade,
    delivery_id text        not null,
    received_at timestamptz not null default now(),
    primary key (endpoint_id, delivery_id)
);
