-- Search and self-service facts: a copy of the search log as insights counts it, and what members did
-- after a search (asked a question, escalated their own question). Derived: rebuilt from the search
-- module's API and the change feed.
create table insight_searches (
    search_id     bigint primary key,
    day           date        not null,
    searched_at   timestamptz not null,
    normalized    text        not null,
    member_id     bigint,
    -- The opened question's space, else the first result's; null when the search found nothing.
    space_id      bigint,
    -- The spaces it looked in: a search with no space counts only where all of them are counted.
    spaces        bigint[],
    no_results    boolean     not null,
    opened        boolean     not null,
    opened_solved boolean     not null
);
create index insight_searches_day_idx on insight_searches (day);

-- One row per question asked ('asked', at the asking) and per question its asker escalated ('escalated').
create table insight_follow_ups (
    question_id bigint      not null,
    kind        text        not null,
    member_id   bigint      not null,
    at          timestamptz not null,
    primary key (question_id, kind)
);
create index insight_follow_ups_member_idx on insight_follow_ups (member_id, at);
