-- The peer army's facts, derived from missions' and rewards' events and records (rebuildable, so no
-- foreign keys): slots and sign-ups as they stand, matches' stages, and the rewards ledger's legs that
-- figures read (members' points, the catalog, program budgets, sponsor pools).

create table insight_slots (
    slot_id    bigint primary key,
    mission_id bigint      not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    capacity   int         not null,
    lottery    boolean     not null,
    drawn      boolean     not null
);
create index insight_slots_starts_idx on insight_slots (starts_at);

-- waitlisted and promoted are history the sign-up's row does not keep: taken from the events.
create table insight_signups (
    signup_id        bigint primary key,
    slot_id          bigint  not null,
    member_id        bigint  not null,
    party_size       int     not null,
    status           text    not null,
    late             boolean not null,
    lottery_entrant  boolean not null,
    no_show          boolean not null,
    approved_minutes int,
    waitlisted       boolean not null default false,
    promoted         boolean not null default false
);
create index insight_signups_slot_idx on insight_signups (slot_id);

create table insight_matches (
    request_id   bigint primary key,
    requested_at timestamptz not null,
    made         boolean     not null default false,
    confirmed    boolean     not null default false,
    met          boolean     not null default false,
    ratings      int         not null default 0,
    stars        int         not null default 0
);
create index insight_matches_requested_idx on insight_matches (requested_at);

-- One leg per transaction and account: kind member (available points), pending (held points), catalog,
-- budget (a program's, owner = program) or pool (a partner's sponsor pool, owner = partner).
create table insight_ledger_legs (
    transaction_id bigint      not null,
    kind           text        not null,
    owner_id       bigint      not null,
    currency       text        not null,
    amount         bigint      not null,
    posted_at      timestamptz not null,
    primary key (transaction_id, kind, owner_id, currency)
);
create index insight_ledger_legs_posted_idx on insight_ledger_legs (posted_at);
