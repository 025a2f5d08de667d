-- The response-time ladder of a space: after how many hours since asking an unanswered question
-- moves up each step; a step left empty is skipped. A space without a row has no ladder.
-- applies_from: questions asked earlier never climb, so setting a ladder on a space with years of
-- unanswered questions does not send them all to champions, staff and support at once.
create table ladders (
    space_id           bigint primary key references spaces (id) on delete cascade,
    more_peers_hours   int check (more_peers_hours between 1 and 8760),
    champions_hours    int check (champions_hours between 1 and 8760),
    staff_queue_hours  int check (staff_queue_hours between 1 and 8760),
    escalation_hours   int check (escalation_hours between 1 and 8760),
    applies_from       timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- Each step a question reached, once: the key keeps a second node or a rerun from taking it again.
create table ladder_climbs (
    question_id bigint      not null,
    step        text        not null check (step in ('MORE_PEERS', 'CHAMPIONS', 'STAFF_QUEUE', 'ESCALATION')),
    space_id    bigint      not null,
    reached_at  timestamptz not null,
    primary key (question_id, step)
);
create index ladder_climbs_step_idx on ladder_climbs (step, reached_at);

-- Support's unanswered timer becomes the ladder's last step. The timer escalated every question
-- older than its hours, so all asked before now minus those hours are already escalated or answered.
insert into ladders (space_id, escalation_hours, applies_from)
select space_id, after_hours, now() - make_interval(hours => after_hours) from unanswered_escalation;
