create table members (
    id                bigint generated always as identity primary key,
    email             text        not null,
    password_hash     text,
    display_name      text        not null,
    bio               text        not null default '',
    city              text        not null default '',
    time_zone         text        not null default 'UTC',
    skills            text[]      not null default '{}',
    languages         text[]      not null default '{}',
    role              text        not null default 'member'
        check (role in ('member', 'champion', 'moderator', 'staff', 'admin')),
    email_verified_at timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint members_email_lower check (email = lower(email))
);
create unique index members_email_idx on members (email);
create index members_role_idx on members (role) where role <> 'member';

-- Weekly availability: one row per window, in the member's own time zone.
create table member_availability (
    member_id bigint   not null references members (id) on delete cascade,
    weekday   smallint not null check (weekday between 1 and 7),
    starts_at time     not null,
    ends_at   time     not null,
    check (ends_at > starts_at),
    primary key (member_id, weekday, starts_at)
);

-- Single-use links sent by mail (e-mail verification, password reset); only hashes are stored.
create table email_tokens (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references members (id) on delete cascade,
    purpose    text        not null check (purpose in ('verify', 'reset')),
    token_hash bytea       not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index email_tokens_member_idx on email_tokens (member_id, purpose);

-- Personal API tokens; the secret is shown once and only its hash is kept.
create table api_tokens (
    id           bigint generated always as identity primary key,
    member_id    bigint      not null references members (id) on delete cascade,
    name         text        not null,
    token_hash   bytea       not null unique,
    hint         text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_member_idx on api_tokens (member_id);
