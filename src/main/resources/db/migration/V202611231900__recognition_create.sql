-- Every reputation-earning fact that currently holds, one row per source (a vote, an acceptance, a
-- validation, a "helped" mark, an imported post's votes). Undoing the fact deletes its row, so
-- totals always match the facts; points are as earned under the daily cap at the time.
create table reputation_sources (
    source_key text primary key,
    member_id  bigint not null references members (id),
    reason     text   not null,
    points     int    not null,
    post_id    bigint,
    space_id   bigint,
    tags       text[] not null default '{}',
    day        date   not null
);
create index reputation_sources_member_idx on reputation_sources (member_id, day);
create index reputation_sources_day_idx on reputation_sources (day, member_id);
create index reputation_sources_tags_idx on reputation_sources using gin (tags);

create table reputation_totals (
    member_id bigint primary key references members (id),
    points    int not null
);
create index reputation_totals_points_idx on reputation_totals (points desc, member_id);

-- Where the recognition follower is in the change feed.
create table recognition_feed (
    name     text primary key,
    position bigint not null
);
insert into recognition_feed (name, position) values ('reputation', 0);

-- Rank changes, kept as the member's notifications: never silent, a demotion says why.
create table rank_changes (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references members (id),
    from_rank  text,
    to_rank    text        not null,
    points     int         not null,
    reason     text        not null,
    created_at timestamptz not null default now(),
    read_at    timestamptz
);
create index rank_changes_member_idx on rank_changes (member_id, created_at desc);

create table member_ranks (
    member_id bigint primary key references members (id),
    rank      text not null
);

create table badges (
    id          bigint generated always as identity primary key,
    slug        text        not null unique,
    name        text        not null,
    description text        not null,
    level       text        not null check (level in ('bronze', 'silver', 'gold')),
    kind        text        not null check (kind in ('builtin', 'manual')),
    tag         text,
    created_by  bigint references members (id),
    created_at  timestamptz not null default now()
);

create table badge_awards (
    id            bigint generated always as identity primary key,
    badge_id      bigint      not null references badges (id),
    member_id     bigint      not null references members (id),
    reason        text        not null,
    awarded_by    bigint references members (id),
    awarded_at    timestamptz not null default now(),
    evidence_post bigint,
    revoked_at    timestamptz,
    revoked_by    bigint references members (id),
    revoke_reason text,
    salt          text        not null
);
create unique index badge_awards_live_idx on badge_awards (badge_id, member_id) where revoked_at is null;
create index badge_awards_member_idx on badge_awards (member_id, awarded_at desc);

create table recognition_preferences (
    member_id              bigint primary key references members (id) on delete cascade,
    hidden_on_leaderboards boolean not null default false
);
