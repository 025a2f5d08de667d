-- Community health (insights): facts derived from Q&A, rebuildable from it and the change feed.

-- Every live question, answer and comment: who posted it, when, where, under which of its question's
-- tags, and its sentiment score. A thread's rows are replaced whenever anything on it changes.
create table insight_contributions (
    kind        text        not null check (kind in ('question', 'answer', 'comment')),
    id          bigint      not null,
    question_id bigint      not null,
    space_id    bigint      not null,
    tags        text[]      not null,
    author_id   bigint,
    posted_at   timestamptz not null,
    day         date        not null,
    accepted    boolean     not null,
    sentiment   int         not null,
    primary key (kind, id)
);
create index insight_contributions_question_idx on insight_contributions (question_id);
create index insight_contributions_day_idx on insight_contributions (day, space_id);
create index insight_contributions_author_idx on insight_contributions (author_id, posted_at);

-- The lexicon's words in each contribution (a negated one as "not <word>"): how often, and by how much
-- they moved its score, so the page can show which words moved the period's sentiment. The post's space,
-- tags and day are repeated here so that a period's words are summed without a join.
create table insight_post_sentiment (
    kind         text   not null,
    id           bigint not null,
    question_id  bigint not null,
    word         text   not null,
    occurrences  int    not null,
    contribution int    not null,
    space_id     bigint not null,
    tags         text[] not null,
    day          date   not null,
    primary key (kind, id, word)
);
create index insight_post_sentiment_question_idx on insight_post_sentiment (question_id);
create index insight_post_sentiment_day_idx on insight_post_sentiment (day, space_id);

-- Each member's first live contribution ever.
create table insight_first_contributions (
    member_id bigint      primary key,
    kind      text        not null,
    id        bigint      not null,
    posted_at timestamptz not null,
    day       date        not null
);
create index insight_first_contributions_day_idx on insight_first_contributions (day);

-- A signed-in member opened a question on a UTC day (Q&A counts one view per viewer and day).
create table insight_reads (
    member_id   bigint not null,
    question_id bigint not null,
    day         date   not null,
    primary key (day, member_id, question_id)
);
create index insight_reads_question_idx on insight_reads (question_id);
