-- Solved questions as insights follows them from the change feed (and rebuilds them from Q&A's API): a live
-- question's space, tags and when its newest live accepted or validated answer was posted, for freshness.
create table insight_solutions (
    question_id bigint primary key,
    space_id    bigint      not null,
    tags        text[]      not null,
    posted_at   timestamptz not null
);
create index insight_solutions_space_idx on insight_solutions (space_id, posted_at);
