-- Match missions: customers' requests (from members or a public form) matched with peers who say
-- where they are, how far they travel, when they are free and what they like; contact stays on the
-- platform, and both sides rate each other afterwards.
create table peer_profiles (
    member_id  bigint primary key references members (id),
    latitude   double precision check (latitude between -90 and 90),
    longitude  double precision check (longitude between -180 and 180),
    travel_km  int check (travel_km between 0 and 20000),
    interests  text[]      not null default '{}',
    matching   boolean     not null default true,
    updated_at timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);

-- Weekly hours in the member's own time zone; weekday 1 is Monday.
create table peer_availability (
    member_id   bigint not null references members (id),
    weekday     int    not null check (weekday between 1 and 7),
    from_minute int    not null check (from_minute between 0 and 1439),
    to_minute   int    not null check (to_minute between 1 and 1440),
    primary key (member_id, weekday, from_minute),
    check (to_minute > from_minute)
);

create table match_requests (
    id                     bigint generated always as identity primary key,
    mission_id             bigint      not null references missions (id),
    requester_id           bigint references members (id),
    requester_name         text        not null,
    requester_email        text        not null,
    access_key_hash        bytea       not null unique,
    window_start           timestamptz not null,
    window_end             timestamptz not null,
    place                  text        not null,
    latitude               double precision check (latitude between -90 and 90),
    longitude              double precision check (longitude between -180 and 180),
    language               text,
    interests              text[]      not null default '{}',
    note                   text        not null default '',
    status                 text        not null check (status in
                               ('open', 'proposed', 'accepted', 'confirmed', 'completed', 'cancelled', 'unmatched')),
    peer_id                bigint references members (id),
    requester_confirmed_at timestamptz,
    peer_confirmed_at      timestamptz,
    completed_at           timestamptz,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (window_end > window_start),
    check ((latitude is null) = (longitude is null))
);
create index match_requests_mission_idx on match_requests (mission_id, created_at desc);
create index match_requests_requester_idx on match_requests (requester_id) where requester_id is not null;
create index match_requests_peer_idx on match_requests (peer_id, window_start) where peer_id is not null;

create table match_proposals (
    id         bigint generated always as identity primary key,
    request_id bigint           not null references match_requests (id),
    peer_id    bigint           not null references members (id),
    score      double precision not null,
    reasons    text             not null,
    status     text             not null check (status in ('proposed', 'accepted', 'declined', 'passed')),
    created_at timestamptz      not null default now(),
    decided_at timestamptz,
    unique (request_id, peer_id)
);
create index match_proposals_peer_idx on match_proposals (peer_id, status);

create table match_messages (
    id             bigint generated always as identity primary key,
    request_id     bigint      not null references match_requests (id),
    from_requester boolean     not null,
    body           text        not null,
    created_at     timestamptz not null default now()
);
create index match_messages_request_idx on match_messages (request_id, id);

create table match_ratings (
    id         bigint generated always as identity primary key,
    request_id bigint      not null references match_requests (id),
    rater_side text        not null check (rater_side in ('requester', 'peer')),
    ratee_id   bigint references members (id),
    stars      int         not null check (stars between 1 and 5),
    comment    text        not null default '',
    created_at timestamptz not null default now(),
    unique (request_id, rater_side)
);
create index match_ratings_ratee_idx on match_ratings (ratee_id) where ratee_id is not null;
