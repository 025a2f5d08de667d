-- The rest of a mission's spec: eligibility by rank, badge, champion status and travel radius, a
-- weekly limit, cash rewards beside points, and challenges counted from community events.
alter table missions
    add column per_week_limit   int check (per_week_limit > 0),
    add column min_rank         text,
    add column badge            text,
    add column champions_only   boolean not null default false,
    add column latitude         double precision check (latitude between -90 and 90),
    add column longitude        double precision check (longitude between -180 and 180),
    add column reward_cash      bigint  not null default 0 check (reward_cash >= 0),
    add column reward_currency  text check (reward_currency ~ '^[A-Z]{3}$'),
    add column challenge_metric text check (challenge_metric in ('accepted', 'validated', 'helped', 'upvote')),
    add column challenge_tag    text,
    add column challenge_target int check (challenge_target > 0),
    add constraint missions_place_check check ((latitude is null) = (longitude is null)),
    add constraint missions_cash_check check (reward_cash = 0 or reward_currency is not null),
    add constraint missions_challenge_check check ((kind = 'challenge') = (challenge_metric is not null and challenge_target is not null));

-- A challenge is completed once per member; the row is the proof of when and with what count.
create table challenge_completions (
    mission_id   bigint      not null references missions (id),
    member_id    bigint      not null references members (id),
    count        int         not null,
    completed_at timestamptz not null default now(),
    primary key (mission_id, member_id)
);

-- Ledger: cash in transit to a payout, partners' contributions and sponsor pools.
alter table ledger_accounts drop constraint ledger_accounts_kind_check;
alter table ledger_accounts add constraint ledger_accounts_kind_check
    check (kind in ('member', 'member-pending', 'brand', 'catalog', 'budget', 'payout', 'partner', 'sponsor'));

create table payout_batches (
    id           bigint generated always as identity primary key,
    currency     text        not null check (currency ~ '^[A-Z]{3}$'),
    status       text        not null check (status in ('exported', 'paid', 'cancelled')),
    total        bigint      not null,
    created_by   bigint      not null references members (id),
    created_at   timestamptz not null default now(),
    confirmed_by bigint references members (id),
    confirmed_at timestamptz
);

create table payouts (
    id             bigint generated always as identity primary key,
    batch_id       bigint not null references payout_batches (id),
    member_id      bigint not null references members (id),
    amount         bigint not null check (amount > 0),
    transaction_id bigint not null references ledger_transactions (id),
    unique (batch_id, member_id)
);
create index payouts_member_idx on payouts (member_id, batch_id desc);

-- Partner organisations of a program (not peers): a shared goal, milestones with owners, and a
-- sponsor pool in the ledger that funds the program's budget.
create table program_partners (
    id         bigint generated always as identity primary key,
    program_id bigint      not null references programs (id),
    name       text        not null,
    kind       text        not null check (kind in ('transport', 'non-profit', 'authority', 'business', 'other')),
    goal       text        not null default '',
    created_at timestamptz not null default now(),
    unique (program_id, name)
);

create table program_milestones (
    id         bigint generated always as identity primary key,
    program_id bigint      not null references programs (id),
    title      text        not null,
    owner      text        not null,
    due_on     date,
    done_at    timestamptz,
    created_at timestamptz not null default now()
);
create index program_milestones_program_idx on program_milestones (program_id, due_on);

-- Members' secret calendar-feed keys (hashed): calendar apps cannot sign in.
create table calendar_keys (
    member_id  bigint primary key references members (id),
    key_hash   bytea       not null unique,
    created_at timestamptz not null default now()
);
