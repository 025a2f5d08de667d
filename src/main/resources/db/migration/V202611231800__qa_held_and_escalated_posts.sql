-- A post held for review (spam check) or hidden by flags is out of public view like a deleted one
-- (deleted_at is set, deleted_by is not); `held` says why, so releasing it brings it back.
alter table posts add column held text check (held in ('review', 'flags'));
alter table comments add column held text check (held in ('review', 'flags'));
-- Set when official support takes the question; the ticket itself stays private to support.
alter table posts add column escalated_at timestamptz;
-- Trust levels count accepted answers per author.
create index posts_accepted_answer_idx on posts (accepted_answer_id) where accepted_answer_id is not null;
-- The unanswered-question sweep of support looks for old open questions without answers.
create index posts_unanswered_idx on posts (space_id, created_at)
    where kind = 'question' and answer_count = 0 and deleted_at is null and escalated_at is null;
