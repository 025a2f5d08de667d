create table flags (
    id          bigint generated always as identity primary key,
    post_id     bigint      not null references posts (id),
    member_id   bigint      not null references members (id),
    reason      text        not null check (reason in ('spam', 'offensive', 'off-topic', 'wrong', 'private-data', 'needs-staff')),
    note        text        not null default '',
    weight      smallint    not null,
    created_at  timestamptz not null default now(),
    resolved_at timestamptz,
    resolution  text check (resolution in ('upheld', 'dismissed'))
);
-- One open flag per member and post; after a dismissal the member may flag again.
create unique index flags_open_idx on flags (post_id, member_id) where resolved_at is null;
create index flags_member_idx on flags (member_id, created_at);

-- The review queue: one open item per post or comment, made by flags or by a held post.
create table reviews (
    id          bigint generated always as identity primary key,
    post_id     bigint      not null references posts (id),
    comment_id  bigint references comments (id),
    author_id   bigint references members (id),
    cause       text        not null check (cause in ('flags', 'spam')),
    spam_score  real        not null default 0,
    signals     text[]      not null default '{}',
    tags        text[]      not null default '{}',
    created_at  timestamptz not null default now(),
    resolved_at timestamptz,
    resolved_by bigint references members (id),
    resolution  text
);
create unique index reviews_open_post_idx on reviews (post_id) where resolved_at is null and comment_id is null;
create unique index reviews_open_comment_idx on reviews (comment_id) where resolved_at is null and comment_id is not null;
create index reviews_open_idx on reviews (created_at) where resolved_at is null;

create table audit_log (
    id          bigint generated always as identity primary key,
    actor_id    bigint references members (id),
    action      text        not null,
    target_type text        not null,
    target_id   bigint      not null,
    reason      text        not null default '',
    before      jsonb,
    after       jsonb,
    created_at  timestamptz not null default now()
);
create index audit_log_created_idx on audit_log (created_at desc, id desc);
create index audit_log_target_idx on audit_log (target_type, target_id);

create table sanctions (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references members (id),
    kind       text        not null check (kind in ('warn', 'silence', 'suspend')),
    reason     text        not null,
    ends_at    timestamptz,
    created_by bigint references members (id),
    created_at timestamptz not null default now()
);
create index sanctions_member_idx on sanctions (member_id, created_at desc);

create table spam_phrases (
    id         bigint generated always as identity primary key,
    phrase     text        not null unique check (phrase = lower(phrase)),
    created_by bigint references members (id),
    created_at timestamptz not null default now()
);

-- The classifier's counts: how often a word appeared in posts moderators judged spam or not.
create table spam_words (
    word text primary key,
    spam int  not null default 0,
    ham  int  not null default 0
);
create table spam_decisions (
    review_id  bigint primary key references reviews (id),
    spam       boolean     not null,
    decided_at timestamptz not null default now()
);

-- Hashes of recent post text, to notice the same text posted again and again.
create table post_fingerprints (
    hash       bytea       not null,
    member_id  bigint      not null references members (id),
    created_at timestamptz not null default now()
);
create index post_fingerprints_hash_idx on post_fingerprints (hash, created_at);

-- Days on which a member read something, and how many questions, for trust levels.
create table member_visits (
    member_id bigint not null references members (id) on delete cascade,
    day       date   not null,
    reads     int    not null default 0,
    primary key (member_id, day)
);

-- Counts only: what kind of secret or personal data was found, never the text.
create table redaction_counts (
    day    date not null,
    kind   text not null,
    source text not null check (source in ('posting', 'moderator')),
    count  int  not null,
    primary key (day, kind, source)
);

-- Admin settings of moderation: guidelines text, trust thresholds, spam threshold.
create table moderation_settings (
    name       text primary key,
    value      text        not null,
    updated_by bigint references members (id),
    updated_at timestamptz not null default now()
);

-- Tags a champion reviews flags for.
create table champion_tags (
    member_id bigint not null references members (id) on delete cascade,
    tag       text   not null,
    primary key (member_id, tag)
);
