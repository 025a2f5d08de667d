-- Badges admins define by a rule over a member's counters, e.g. accepted >= 5 and tag("router") >= 100.
alter table badges drop constraint badges_kind_check;
alter table badges add constraint badges_kind_check check (kind in ('builtin', 'manual', 'rule'));
alter table badges add column rule text;

-- The champions program: nominations, terms and their history (a row per term, never deleted).
create table champion_terms (
    id           bigint generated always as identity primary key,
    member_id    bigint      not null references members (id),
    status       text        not null check (status in ('nominated', 'active', 'declined', 'ended')),
    reason       text        not null,
    nominated_by bigint references members (id),
    nominated_at timestamptz not null default now(),
    decided_by   bigint references members (id),
    decided_at   timestamptz,
    starts_at    timestamptz,
    ends_at      timestamptz,
    tags         text[]      not null default '{}',
    reminded_at  timestamptz,
    ended_at     timestamptz,
    end_reason   text
);
create unique index champion_terms_open_idx on champion_terms (member_id) where status in ('nominated', 'active');
create index champion_terms_status_idx on champion_terms (status, ends_at);

-- What motivates a member, from their own choice on the recognition page.
alter table recognition_preferences add column motivation text
    check (motivation in ('money', 'doing-good', 'showing-skills', 'discounts'));
