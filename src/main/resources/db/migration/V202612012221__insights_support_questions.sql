-- One row per live question: what support figures are computed from (see qa's QuestionFact), with
-- staff-ness already judged by the current roles. Rebuilt from qa and accounts at any time.
create table insight_questions (
    question_id             bigint primary key,
    space_id                bigint      not null,
    asker_id                bigint,
    tags                    text[]      not null,
    asked_at                timestamptz not null,
    first_response_at       timestamptz,
    first_response_by_staff boolean     not null,
    accepted_at             timestamptz,
    resolved_at             timestamptz,
    escalated_at            timestamptz,
    staff_intervened        boolean     not null,
    asker_returned_at       timestamptz,
    people                  bigint[]    not null
);
-- Medians and shares over a period read by space and asking time.
create index insight_questions_space_asked_idx on insight_questions (space_id, asked_at);
-- Whose questions a new post of theirs may mark as "came back".
create index insight_questions_waiting_asker_idx on insight_questions (asker_id) where asker_returned_at is null;
-- Whose questions a role change may turn staff or not.
create index insight_questions_people_idx on insight_questions using gin (people);
