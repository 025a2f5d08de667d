-- Questions and answers share one table (and one id space), so votes, comments, revisions and
-- "this helped me" work the same on both.
create table posts (
    id                 bigint generated always as identity primary key,
    kind               text        not null check (kind in ('question', 'answer')),
    question_id        bigint references posts (id),
    space_id           bigint      not null references spaces (id),
    author_id          bigint references members (id),
    title              text,
    body               text        not null,
    body_html          text        not null,
    fields             jsonb       not null default '{}',
    score              int         not null default 0,
    up_votes           int         not null default 0,
    down_votes         int         not null default 0,
    helped_count       int         not null default 0,
    answer_count       int         not null default 0,
    comment_count      int         not null default 0,
    view_count         int         not null default 0,
    accepted_answer_id bigint references posts (id),
    solved             boolean     not null default false,
    validated_by       bigint references members (id),
    validated_at       timestamptz,
    status             text        not null default 'open' check (status in ('open', 'closed')),
    close_reason       text check (close_reason in ('duplicate', 'off-topic', 'resolved-elsewhere')),
    duplicate_of       bigint references posts (id),
    closed_by          bigint references members (id),
    closed_at          timestamptz,
    locked_by          bigint references members (id),
    locked_at          timestamptz,
    pinned_at          timestamptz,
    edited_by          bigint references members (id),
    edited_at          timestamptz,
    deleted_by         bigint references members (id),
    deleted_at         timestamptz,
    created_at         timestamptz not null default now(),
    last_activity_at   timestamptz not null default now(),
    source             text,
    source_id          bigint,
    source_author      text,
    source_license     text,
    check ((kind = 'question') = (question_id is null)),
    check (kind = 'answer' or title is not null)
);
-- Lists: one index per sort, live questions only, keyset-friendly (value, id).
create index posts_space_newest_idx on posts (space_id, created_at desc, id desc)
    where kind = 'question' and deleted_at is null;
create index posts_space_active_idx on posts (space_id, last_activity_at desc, id desc)
    where kind = 'question' and deleted_at is null;
create index posts_space_votes_idx on posts (space_id, score desc, id desc)
    where kind = 'question' and deleted_at is null;
create index posts_newest_idx on posts (created_at desc, id desc) where kind = 'question' and deleted_at is null;
create index posts_active_idx on posts (last_activity_at desc, id desc) where kind = 'question' and deleted_at is null;
create index posts_votes_idx on posts (score desc, id desc) where kind = 'question' and deleted_at is null;
create index posts_answers_idx on posts (question_id) where kind = 'answer';
create index posts_author_idx on posts (author_id, created_at desc);
create unique index posts_source_idx on posts (source, source_id) where source is not null;

create table tags (
    id             bigint generated always as identity primary key,
    name           text        not null unique,
    description    text        not null default '',
    question_count int         not null default 0,
    created_by     bigint references members (id),
    created_at     timestamptz not null default now()
);

create table post_tags (
    post_id bigint not null references posts (id) on delete cascade,
    tag_id  bigint not null references tags (id),
    primary key (post_id, tag_id)
);
create index post_tags_tag_idx on post_tags (tag_id, post_id);

-- Every version of a post; revision 1 is the original.
create table post_revisions (
    post_id    bigint      not null references posts (id) on delete cascade,
    revision   int         not null,
    author_id  bigint references members (id),
    title      text,
    body       text        not null,
    tags       text[]      not null default '{}',
    fields     jsonb       not null default '{}',
    comment    text        not null default '',
    created_at timestamptz not null default now(),
    primary key (post_id, revision)
);

create table comments (
    id             bigint generated always as identity primary key,
    post_id        bigint      not null references posts (id),
    author_id      bigint references members (id),
    body           text        not null,
    created_at     timestamptz not null default now(),
    deleted_by     bigint references members (id),
    deleted_at     timestamptz,
    source         text,
    source_id      bigint,
    source_author  text
);
create index comments_post_idx on comments (post_id, created_at);
create unique index comments_source_idx on comments (source, source_id) where source is not null;

create table votes (
    post_id    bigint      not null references posts (id),
    member_id  bigint      not null references members (id),
    value      smallint    not null check (value in (-1, 1)),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (post_id, member_id)
);
create index votes_member_idx on votes (member_id);

create table helped_marks (
    post_id    bigint      not null references posts (id),
    member_id  bigint      not null references members (id),
    created_at timestamptz not null default now(),
    primary key (post_id, member_id)
);

-- One view per visitor per question per day; old days are pruned by a job.
create table question_views (
    question_id bigint not null references posts (id) on delete cascade,
    viewer      text   not null,
    day         date   not null,
    primary key (question_id, viewer, day)
);

create table watches (
    question_id bigint      not null references posts (id) on delete cascade,
    member_id   bigint      not null references members (id),
    created_at  timestamptz not null default now(),
    primary key (question_id, member_id)
);
create index watches_member_idx on watches (member_id);
