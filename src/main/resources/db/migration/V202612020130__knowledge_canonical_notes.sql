-- What a canonical question's solution (an accepted or validated answer) applies to, when champions
-- re-verify it, who last did, or that it is outdated and which newer answer replaces it. One row per
-- answer; the question is kept so a thread reads its notes at once.
create table knowledge_canonical_notes (
    answer_id        bigint primary key,
    question_id      bigint      not null,
    applies_to       text,
    review_on        date,
    verified_by      bigint references members (id) on delete set null,
    verified_at      timestamptz,
    outdated_by      bigint references members (id) on delete set null,
    outdated_at      timestamptz,
    newer_answer_id  bigint,
    -- the review date whose passing has been told to the champions: each date is told once
    review_asked_for date,
    updated_by       bigint references members (id) on delete set null,
    updated_at       timestamptz not null default now()
);
create index knowledge_canonical_notes_question_idx on knowledge_canonical_notes (question_id);
create index knowledge_canonical_notes_review_idx on knowledge_canonical_notes (review_on) where outdated_at is null;
