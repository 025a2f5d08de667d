-- Posts a member keeps to read again.
create table bookmarks (
    member_id  bigint      not null references members (id) on delete cascade,
    post_id    bigint      not null references posts (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (member_id, post_id)
);
create index bookmarks_newest_idx on bookmarks (member_id, created_at desc, post_id desc);

-- When a member last opened a question and a list of questions, so pages can mark what is new since.
create table question_visits (
    member_id   bigint      not null references members (id) on delete cascade,
    question_id bigint      not null references posts (id) on delete cascade,
    visited_at  timestamptz not null default now(),
    primary key (member_id, question_id)
);
create table question_list_visits (
    member_id  bigint      not null references members (id) on delete cascade,
    list       text        not null,
    visited_at timestamptz not null default now(),
    primary key (member_id, list)
);
