-- Live questions by tag, for champions' coverage of tags: one row per question and tag, from qa's
-- events and records (rebuildable, so no foreign keys).
create table insight_question_tags (
    question_id bigint      not null,
    tag         text        not null,
    space_id    bigint      not null,
    asked_at    timestamptz not null,
    primary key (question_id, tag)
);
create index insight_question_tags_asked_idx on insight_question_tags (asked_at, space_id);
