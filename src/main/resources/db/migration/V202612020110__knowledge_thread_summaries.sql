-- A solved thread's "what solved it" summary, derived from its solution and kept by knowledge's feed
-- follower; an edit by staff or a champion replaces the computed text until the solution goes away.
create table knowledge_thread_summaries (
    question_id   bigint primary key,
    body          text not null,
    body_html     text not null,
    -- the solution's answers and their last edits, as "id:edited" pairs: a change means the solution changed
    solution      text not null,
    confirmation  text,
    edited_by     bigint,
    edited_at     timestamptz,
    outdated      boolean not null default false,
    updated_at    timestamptz not null default now()
);

-- Public questions as the sitemap lists them, kept by knowledge's feed follower from qa's and spaces' events.
create table knowledge_sitemap_questions (
    question_id   bigint primary key,
    space_id      bigint not null,
    path          text not null,
    last_modified timestamptz not null
);
create index knowledge_sitemap_questions_space on knowledge_sitemap_questions (space_id);
