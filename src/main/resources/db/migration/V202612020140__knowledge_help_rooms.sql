-- Help rooms: every space has one, so a room is its space's id and no row of its own; messages are chat,
-- not posts (search indexes posts; a room is searched here with PostgreSQL's full-text search).
-- state: shown; held (spam checks, waits for a moderator); hidden (a moderator, reversible); redacted
-- (the text erased, everyone sees that it was); deleted (moderators only still see it).
create table knowledge_room_messages (
    id bigint generated always as identity primary key,
    space_id bigint not null,
    author_id bigint not null,
    body text not null,
    body_html text not null,
    state text not null default 'shown' check (state in ('shown', 'held', 'hidden', 'redacted', 'deleted')),
    moderated_by bigint,
    moderation_reason text,
    moderated_at timestamptz,
    question_id bigint,
    created_at timestamptz not null default now(),
    -- 'simple': chat mixes languages and misspellings; words match as typed, without stemming.
    search tsvector generated always as (to_tsvector('simple', body)) stored
);

create index knowledge_room_messages_by_space on knowledge_room_messages (space_id, id);
create index knowledge_room_messages_search on knowledge_room_messages using gin (search);

create table knowledge_room_flags (
    message_id bigint not null references knowledge_room_messages (id),
    member_id bigint not null,
    reason text not null,
    note text not null default '',
    created_at timestamptz not null default now(),
    primary key (message_id, member_id)
);
