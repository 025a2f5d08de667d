-- When each member's mail may go out: quiet hours in their own zone (none by default), the local
-- hour of their digests and the day of the weekly one. A member without a row has the defaults.
create table notification_mail_preferences (
    member_id   bigint primary key references members (id) on delete cascade,
    quiet_start time,
    quiet_end   time,
    digest_hour int    not null default 8 check (digest_hour between 0 and 23),
    weekly_day  int    not null default 1 check (weekly_day between 1 and 7),
    check ((quiet_start is null) = (quiet_end is null))
);

-- The last mail about each question to each member: what comes within the hour after it waits and
-- is folded into the next one.
create table notification_question_mails (
    member_id   bigint      not null references members (id) on delete cascade,
    question_id bigint      not null,
    mailed_at   timestamptz not null,
    primary key (member_id, question_id)
);

-- Each digest period done for a member (sent, or skipped as empty), written in the transaction that
-- wrote its mail, so a crash or a second node never sends a period twice.
create table notification_digests (
    member_id  bigint      not null references members (id) on delete cascade,
    period     text        not null check (period in ('daily', 'weekly')),
    local_date date        not null,
    done_at    timestamptz not null default now(),
    primary key (member_id, period, local_date)
);

-- The key that signs unsubscribe links; one row, made on first use.
create table unsubscribe_keys (
    id     int  primary key check (id = 1),
    secret text not null
);
