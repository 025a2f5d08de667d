-- A peer who does not answer in time is passed over: the proposal expires and the next peer is asked.
alter table match_proposals drop constraint match_proposals_status_check;
alter table match_proposals add constraint match_proposals_status_check
    check (status in ('proposed', 'accepted', 'declined', 'passed', 'expired'));
create index match_proposals_waiting_idx on match_proposals (created_at) where status = 'proposed';
