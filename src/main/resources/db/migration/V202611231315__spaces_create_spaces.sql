create table spaces (
    id          bigint generated always as identity primary key,
    slug        text        not null unique,
    name        text        not null,
    description text        not null default '',
    visibility  text        not null check (visibility in ('public', 'members', 'private', 'staff')),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- The question template: named sections a question in this space fills in.
create table space_template_fields (
    space_id bigint  not null references spaces (id) on delete cascade,
    position int     not null,
    name     text    not null,
    label    text    not null,
    required boolean not null default false,
    primary key (space_id, name)
);

-- A question must carry at least one tag out of each group.
create table space_tag_groups (
    space_id bigint not null references spaces (id) on delete cascade,
    position int    not null,
    name     text   not null,
    tags     text[] not null,
    primary key (space_id, name)
);

-- Who may see a private space.
create table space_members (
    space_id  bigint      not null references spaces (id) on delete cascade,
    member_id bigint      not null references members (id),
    added_at  timestamptz not null default now(),
    primary key (space_id, member_id)
);
create index space_members_member_idx on space_members (member_id);
