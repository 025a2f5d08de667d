-- When a member was last signed in and active, noted at most every few minutes (LastSeen), for staff's member lists.
alter table members add column last_seen_at timestamptz;
create index members_last_seen_at on members (last_seen_at);
