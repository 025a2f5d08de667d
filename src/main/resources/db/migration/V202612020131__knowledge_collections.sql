-- Staff's "best of" collections: an ordered list of questions, pinned to spaces whose pages show them.
create table knowledge_collections (
    id               bigint generated always as identity primary key,
    title            text        not null,
    description      text        not null default '',
    description_html text        not null default '',
    created_by       bigint references members (id) on delete set null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create table knowledge_collection_items (
    collection_id bigint not null references knowledge_collections (id) on delete cascade,
    question_id   bigint not null,
    position      int    not null,
    primary key (collection_id, question_id)
);

create table knowledge_collection_spaces (
    collection_id bigint      not null references knowledge_collections (id) on delete cascade,
    space_id      bigint      not null references spaces (id) on delete cascade,
    pinned_at     timestamptz not null default now(),
    primary key (collection_id, space_id)
);
create index knowledge_collection_spaces_space_idx on knowledge_collection_spaces (space_id, pinned_at);
