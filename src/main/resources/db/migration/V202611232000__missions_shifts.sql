-- Shift missions: slots at a place and time; sign-ups booked up to capacity, then an ordered waitlist.
create table mission_slots (
    id         bigint generated always as identity primary key,
    mission_id bigint      not null references missions (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    place      text        not null,
    capacity   int         not null check (capacity > 0),
    created_at timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index mission_slots_mission_idx on mission_slots (mission_id, starts_at);

create table slot_signups (
    id           bigint generated always as identity primary key,
    slot_id      bigint      not null references mission_slots (id),
    member_id    bigint      not null references members (id),
    party_size   int         not null default 1 check (party_size between 1 and 10),
    status       text        not null check (status in ('booked', 'waitlisted', 'withdrawn')),
    late         boolean     not null default false,
    created_at   timestamptz not null default now(),
    withdrawn_at timestamptz
);
create unique index slot_signups_live_idx on slot_signups (slot_id, member_id) where status <> 'withdrawn';
create index slot_signups_member_idx on slot_signups (member_id, status);
create index slot_signups_waitlist_idx on slot_signups (slot_id, id) where status = 'waitlisted';
