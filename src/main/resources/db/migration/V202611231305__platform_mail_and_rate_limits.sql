-- Every outgoing mail is written here in the transaction that caused it; a worker sends it.
create table mails (
    id          bigint generated always as identity primary key,
    recipient   text        not null,
    subject     text        not null,
    body        text        not null,
    status      text        not null check (status in ('stored', 'pending', 'sent', 'failed')),
    attempts    int         not null default 0,
    last_error  text,
    next_try_at timestamptz not null default now(),
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index mails_pending_idx on mails (next_try_at) where status = 'pending';
create index mails_created_idx on mails (created_at desc, id desc);

-- Fixed-window counters shared by all nodes.
create table rate_limit_windows (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         int         not null,
    primary key (bucket, window_start)
);
create index rate_limit_windows_start_idx on rate_limit_windows (window_start);
