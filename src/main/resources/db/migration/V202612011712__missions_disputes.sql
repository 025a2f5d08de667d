-- One dispute concept for everything a member can disagree with: a task review, declined hours, a
-- no-show, a reward that did not arrive. It replaces no_show_appeals, whose rows move here (same
-- reasons, dates and decisions), so no member loses an appeal's history.
create table disputes (
    id                bigint generated always as identity primary key,
    kind              text        not null check (kind in ('task-review', 'hours', 'no-show', 'reward')),
    item_id           bigint      not null,
    member_id         bigint      not null references members (id),
    -- what was disputed as it was named then (a mission's title, a reward's name), for the queue and history
    subject           text        not null default '',
    reason            text        not null,
    status            text        not null default 'open' check (status in ('open', 'accepted', 'rejected')),
    resolution        text        not null default '',
    resolved_by       bigint references members (id),
    resolved_at       timestamptz,
    correction_points bigint,
    correction_key    text,
    created_at        timestamptz not null default now(),
    -- one dispute per item: a second one would ask the same people the same question
    unique (kind, item_id)
);
create index disputes_open_idx on disputes (created_at) where status = 'open';
create index disputes_member_idx on disputes (member_id, created_at desc);

create table dispute_comments (
    id         bigint generated always as identity primary key,
    dispute_id bigint      not null references disputes (id),
    author_id  bigint      not null references members (id),
    body       text        not null,
    created_at timestamptz not null default now()
);
create index dispute_comments_dispute_idx on dispute_comments (dispute_id, created_at);

insert into disputes (kind, item_id, member_id, subject, reason, status, resolution, resolved_by, resolved_at, created_at)
select 'no-show', a.signup_id, u.member_id, m.title, a.reason,
       case a.status when 'upheld' then 'accepted' when 'denied' then 'rejected' else 'open' end,
       a.note, a.decided_by, a.decided_at, a.created_at
from no_show_appeals a join slot_signups u on u.id = a.signup_id join mission_slots s on s.id = u.slot_id
     join missions m on m.id = s.mission_id
order by a.id;

drop table no_show_appeals;
