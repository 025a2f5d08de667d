-- Images pasted or uploaded into posts, served under an unguessable id.
create table post_images (
    id           text        primary key,
    member_id    bigint      not null references members (id) on delete cascade,
    content_type text        not null,
    bytes        bytea       not null,
    created_at   timestamptz not null default now()
);

create index post_images_by_member on post_images (member_id, created_at);
