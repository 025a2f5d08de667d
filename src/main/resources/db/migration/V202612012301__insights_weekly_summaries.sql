-- The weekly summary mailed to each staff member, once per member and week (its Monday, UTC): the row is
-- written with the mail, so a second node or a rerun finds it and sends nothing.
create table insight_summaries (
    member_id bigint      not null,
    week      date        not null,
    sent_at   timestamptz not null default now(),
    primary key (member_id, week)
);
