-- One row per thing told to one member. The line is rendered from message_key and args in the
-- reader's language when shown; what it is about is checked again against what the reader may see
-- whenever it is shown or mailed.
create table notifications (
    id          bigint generated always as identity primary key,
    member_id   bigint      not null references members (id) on delete cascade,
    kind        text        not null,
    question_id bigint,
    post_id     bigint,
    comment_id  bigint,
    subject_id  bigint,
    actor_id    bigint,
    message_key text        not null,
    args        jsonb       not null default '[]',
    path        text        not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    -- what mail this notification still owes: none (in-app only or off), now (at once, when the
    -- hour's fold and the member's quiet hours allow), daily or weekly (a digest), done
    mail        text        not null default 'none' check (mail in ('none', 'now', 'daily', 'weekly', 'done'))
);
create index notifications_member_idx on notifications (member_id, created_at desc, id desc);
create index notifications_unread_idx on notifications (member_id) where read_at is null;
create index notifications_mail_idx on notifications (mail, member_id) where mail in ('now', 'daily', 'weekly');

-- A member's choice per kind; a kind with no row has its default.
create table notification_settings (
    member_id bigint not null references members (id) on delete cascade,
    kind      text   not null,
    setting   text   not null check (setting in ('in_app', 'email', 'daily', 'weekly', 'off')),
    primary key (member_id, kind)
);
