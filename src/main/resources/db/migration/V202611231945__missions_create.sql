-- Program budgets are ledger accounts that may not go below zero.
alter table ledger_accounts drop constraint ledger_accounts_kind_check;
alter table ledger_accounts add constraint ledger_accounts_kind_check
    check (kind in ('member', 'member-pending', 'brand', 'catalog', 'budget'));

create table programs (
    id          bigint generated always as identity primary key,
    slug        text        not null unique,
    name        text        not null,
    description text        not null default '',
    owner_id    bigint references members (id),
    created_by  bigint references members (id),
    created_at  timestamptz not null default now()
);

create table missions (
    id               bigint generated always as identity primary key,
    program_id       bigint      not null references programs (id),
    slug             text        not null unique,
    title            text        not null,
    description      text        not null,
    kind             text        not null check (kind in ('task', 'shift', 'match', 'challenge')),
    reward_points    bigint      not null check (reward_points >= 0),
    approval         text        not null check (approval in ('auto', 'staff')),
    skills           text[]      not null default '{}',
    languages        text[]      not null default '{}',
    city             text,
    per_member_limit int check (per_member_limit > 0),
    starts_at        timestamptz not null default now(),
    ends_at          timestamptz,
    created_by       bigint references members (id),
    created_at       timestamptz not null default now()
);
create index missions_program_idx on missions (program_id);

create table mission_submissions (
    id          bigint generated always as identity primary key,
    mission_id  bigint      not null references missions (id),
    member_id   bigint      not null references members (id),
    body        text        not null,
    link        text,
    status      text        not null check (status in ('submitted', 'accepted', 'rejected', 'more-info')),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index mission_submissions_mission_idx on mission_submissions (mission_id, status);
create index mission_submissions_member_idx on mission_submissions (member_id, created_at desc);

-- Every status change of a submission, timestamped and kept.
create table submission_events (
    id            bigint generated always as identity primary key,
    submission_id bigint      not null references mission_submissions (id),
    status        text        not null,
    actor_id      bigint references members (id),
    note          text        not null default '',
    created_at    timestamptz not null default now()
);
create index submission_events_submission_idx on submission_events (submission_id, id);
