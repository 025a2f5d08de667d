-- Each event records the transaction that wrote it, so readers can tell which events are final: those
-- of transactions older than the oldest one still running. Events written before this are all final.
--
-- Transaction ids belong to a server: an embedded upgrade copies the rows to a new server that counts
-- from a low id again. feed_clock holds the offset that keeps the copied events below the new ones.
create table feed_clock (
    only_row    boolean primary key default true check (only_row),
    xact_offset bigint  not null
);
insert into feed_clock (xact_offset) values (0);

create function feed_xact() returns bigint language sql volatile as
$$ select pg_current_xact_id()::text::bigint + (select xact_offset from feed_clock) $$;

-- The oldest transaction that may still write an event, on the same scale as domain_events.xact.
create function feed_horizon() returns bigint language sql stable as
$$ select pg_snapshot_xmin(pg_current_snapshot())::text::bigint + (select xact_offset from feed_clock) $$;

alter table domain_events add column xact bigint not null default 0;
alter table domain_events alter column xact set default feed_xact();
create index domain_events_position_idx on domain_events (xact, id);

-- Where each cluster-wide subscriber stands; one row per subscription, moved in its batch's transaction.
create table feed_positions (
    subscription text primary key,
    xact         bigint      not null,
    event_id     bigint      not null,
    moved_at     timestamptz not null default now()
);

-- Events a subscriber failed on alone, passed over so that those after them still arrive.
create table feed_failures (
    id           bigint generated always as identity primary key,
    subscription text        not null,
    xact         bigint      not null,
    event_id     bigint      not null,
    error        text        not null,
    failed_at    timestamptz not null default now()
);
