-- What moderation handled, as insights follows it from the change feed (and rebuilds it from moderation's
-- API): one row per flag raised, post held as spam, review item resolved and sanction imposed with one,
-- with the space and tags of its review item, its UTC day and (for a flag) its reason. Rewritten post by post.
create table insight_moderation_incidents (
    kind     text   not null,
    id       bigint not null,
    post_id  bigint not null,
    space_id bigint not null,
    tags     text[] not null,
    day      date   not null,
    outcome  text,
    reason   text,
    primary key (kind, id)
);
create index insight_moderation_incidents_post_idx on insight_moderation_incidents (post_id);
create index insight_moderation_incidents_day_idx on insight_moderation_incidents (day, space_id);
