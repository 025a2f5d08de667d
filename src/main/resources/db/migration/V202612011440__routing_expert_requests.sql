-- Who was asked to help with which question, and why. A member is asked once per question: whatever
-- became of the request (answered, declined, ignored), the row keeps them from being asked again.
create table routing_requests (
    question_id bigint      not null,
    member_id   bigint      not null references members (id) on delete cascade,
    asked_at    timestamptz not null default now(),
    -- the reasons shown to staff: [{"key": message key, "args": [numbers]}], rendered when shown
    reasons     jsonb       not null default '[]',
    status      text        not null default 'asked' check (status in ('asked', 'answered', 'declined', 'ignored')),
    primary key (question_id, member_id)
);
-- Load (open requests) and fairness (requests in the last week) per member.
create index routing_requests_member_idx on routing_requests (member_id, asked_at desc);

-- A member's own limits on being asked; no row: no weekly maximum, not paused.
create table routing_preferences (
    member_id      bigint  not null primary key references members (id) on delete cascade,
    weekly_maximum int check (weekly_maximum >= 0),
    paused         boolean not null default false
);
