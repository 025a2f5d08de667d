-- Instant answers offered on the ask form, one row per member and solved question offered while asking,
-- and what came of it: solved by it ("Yes, thanks"), declined (asked anyway), left (neither within the
-- asking window), or replaced (the member took another instant answer). Open while outcome is null.
create table knowledge_instant_answers (
    id            bigint generated always as identity primary key,
    member_id     bigint      not null,
    question_id   bigint      not null,
    space_id      bigint      not null,
    shown_at      timestamptz not null default now(),
    last_shown_at timestamptz not null default now(),
    outcome       text check (outcome in ('solved', 'declined', 'left', 'replaced')),
    settled_at    timestamptz
);
-- One open offer per member and question: typing on does not offer the same solution twice.
create unique index knowledge_instant_answers_open_idx on knowledge_instant_answers (member_id, question_id)
    where outcome is null;
create index knowledge_instant_answers_member_idx on knowledge_instant_answers (member_id, shown_at);
create index knowledge_instant_answers_waiting_idx on knowledge_instant_answers (last_shown_at) where outcome is null;
create index knowledge_instant_answers_day_idx on knowledge_instant_answers (((shown_at at time zone 'UTC')::date));
