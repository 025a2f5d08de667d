-- Shifts carried through to the end: a check-in code shown at the place, attendance, hours decided by
-- staff (never deleted), reminders, no-shows with appeals to a human, and an opt-in window whose
-- entrants are drawn by a seeded, weighted lottery.
alter table mission_slots
    add column check_in_code text,
    add column opt_in_until  timestamptz,
    add column lottery_seed  bigint,
    add column drawn_at      timestamptz,
    add constraint mission_slots_opt_in_check check (opt_in_until is null or opt_in_until < starts_at);
create index mission_slots_draw_idx on mission_slots (opt_in_until) where drawn_at is null and opt_in_until is not null;
create index mission_slots_time_idx on mission_slots (starts_at, ends_at);

alter table slot_signups drop constraint slot_signups_status_check;
alter table slot_signups add constraint slot_signups_status_check
    check (status in ('entered', 'booked', 'waitlisted', 'withdrawn'));
alter table slot_signups
    add column lottery_weight   double precision,
    add column lottery_rank     int,
    add column reminded_at      timestamptz,
    add column checked_in_at    timestamptz,
    add column checked_out_at   timestamptz,
    add column auto_checked_out boolean not null default false,
    add column no_show          boolean not null default false,
    add column hours_status     text check (hours_status in ('approved', 'declined')),
    add column minutes          int check (minutes >= 0),
    add column hours_note       text,
    add column hours_by         bigint references members (id),
    add column hours_at         timestamptz;

-- A sign-up is the record of someone's hours: it is never deleted, and a decision on hours stands.
create function slot_signups_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'sign-ups are never deleted';
    end if;
    if old.hours_status is not null and new.hours_status is distinct from old.hours_status then
        raise exception 'hours of sign-up % were already %', old.id, old.hours_status;
    end if;
    return new;
end $$;
create trigger slot_signups_kept before update or delete on slot_signups
    for each row execute function slot_signups_kept();

create table no_show_appeals (
    id         bigint generated always as identity primary key,
    signup_id  bigint      not null unique references slot_signups (id),
    reason     text        not null,
    status     text        not null check (status in ('open', 'upheld', 'denied')),
    decided_by bigint references members (id),
    note       text        not null default '',
    created_at timestamptz not null default now(),
    decided_at timestamptz
);
create index no_show_appeals_open_idx on no_show_appeals (created_at) where status = 'open';
