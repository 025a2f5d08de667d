-- One row per completed piece of work, whatever the mission's kind: completing it again (a retried
-- request, a job running twice) finds the row and neither pays nor announces it a second time.
create table mission_completions (
    key          text        primary key,
    mission_id   bigint      not null references missions (id),
    member_id    bigint      not null,
    completed_at timestamptz not null default now()
);

-- What was completed before this table, under the keys the ledger paid it with.
insert into mission_completions (key, mission_id, member_id, completed_at)
select 'mission:' || id, mission_id, member_id, updated_at from mission_submissions where status = 'accepted'
union all
select 'shift:' || u.id, s.mission_id, u.member_id, coalesce(u.hours_at, u.checked_out_at, u.created_at)
from slot_signups u join mission_slots s on s.id = u.slot_id where u.hours_status = 'approved'
union all
select 'match:' || id, mission_id, peer_id, coalesce(completed_at, updated_at) from match_requests
where status = 'completed' and peer_id is not null
union all
select 'challenge:' || mission_id || ':' || member_id, mission_id, member_id, completed_at from challenge_completions
on conflict (key) do nothing;
