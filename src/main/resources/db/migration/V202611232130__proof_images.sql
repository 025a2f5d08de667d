-- An image as proof of a task, kept beside the submission it belongs to; only its member and staff see it.
create table submission_images (
    submission_id bigint primary key references mission_submissions (id),
    content_type  text        not null check (content_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    bytes         bytea       not null,
    created_at    timestamptz not null default now()
);
