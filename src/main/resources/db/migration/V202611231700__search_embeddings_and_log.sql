-- Derived data of the search module: rebuildable, so no foreign keys tie it to content.

-- A question's embedding, kept so that a rebuild of the index does not recompute it; text_hash
-- tells whether the question's words (or the model) changed since.
create table search_embeddings (
    question_id bigint primary key,
    text_hash   bytea       not null,
    vector      bytea       not null,
    computed_at timestamptz not null default now()
);

-- Every search: what was asked, how many results the reader could see, whether one was opened.
create table search_log (
    id           bigint generated always as identity primary key,
    query        text        not null,
    normalized   text        not null,
    result_count int         not null,
    opened       boolean     not null default false,
    member_id    bigint,
    searched_at  timestamptz not null default now()
);
create index search_log_searched_idx on search_log (searched_at);

-- The searches that found nothing or that nobody opened, by normalized text: the knowledge team's list.
create table search_gaps (
    normalized   text primary key,
    example      text        not null,
    searches     int         not null default 0,
    no_results   int         not null default 0,
    opened       int         not null default 0,
    last_seen    timestamptz not null default now()
);
create index search_gaps_seen_idx on search_gaps (last_seen desc);
