-- What a member is writing and has not posted yet, one per place (asking in a space, answering a
-- question, commenting on a post, editing a post), so it survives a reload and follows him to another device.
create table drafts (
    member_id  bigint      not null references members (id) on delete cascade,
    place      text        not null,
    title      text,
    body       text        not null,
    tags       text,
    updated_at timestamptz not null default now(),
    primary key (member_id, place)
);
