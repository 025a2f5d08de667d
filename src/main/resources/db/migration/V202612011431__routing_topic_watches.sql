-- Tags and spaces a member watches: a new question in one of them tells the member (question watches
-- are qa's own, in watches). A tag is kept by name, as questions carry it; a space by id, so a renamed
-- slug keeps its watchers.
create table routing_topic_watches (
    member_id  bigint      not null references members (id) on delete cascade,
    tag        text,
    space_id   bigint,
    created_at timestamptz not null default now(),
    check ((tag is null) <> (space_id is null))
);
create unique index routing_topic_watches_tag_idx on routing_topic_watches (tag, member_id) where tag is not null;
create unique index routing_topic_watches_space_idx on routing_topic_watches (space_id, member_id) where space_id is not null;
create index routing_topic_watches_member_idx on routing_topic_watches (member_id);
