-- Knowledge articles written by staff from solved threads; every edit is a revision.
create table knowledge_articles (
    id         bigserial primary key,
    space_id   bigint      not null,
    author_id  bigint      not null,
    title      text        not null,
    body       text        not null,
    body_html  text        not null,
    tags       text[]      not null default '{}',
    revision   int         not null default 1,
    created_at timestamptz not null default now(),
    edited_by  bigint,
    edited_at  timestamptz
);
create index knowledge_articles_by_space on knowledge_articles (space_id, id);

create table knowledge_article_revisions (
    article_id bigint      not null references knowledge_articles (id),
    revision   int         not null,
    editor_id  bigint      not null,
    title      text        not null,
    body       text        not null,
    tags       text[]      not null,
    created_at timestamptz not null default now(),
    primary key (article_id, revision)
);

-- The threads an article was written from: they show "now documented in" and leave the recurring report.
create table knowledge_article_threads (
    article_id  bigint not null references knowledge_articles (id),
    question_id bigint not null,
    primary key (article_id, question_id)
);
create index knowledge_article_threads_by_question on knowledge_article_threads (question_id);

-- Which question asks which earlier one again, derived from qa's events: closed as its duplicate, or found
-- as close in meaning when it was asked. The recurring-questions report groups these by the question they
-- point to instead of comparing questions on every request.
create table knowledge_duplicates (
    question_id  bigint primary key,
    duplicate_of bigint not null
);
create index knowledge_duplicates_by_original on knowledge_duplicates (duplicate_of);
