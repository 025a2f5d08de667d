-- Lookups by question_id rarely repeat "kind = 'answer'", so the index is keyed on what they say:
-- a non-null question_id is an answer's.
drop index posts_answers_idx;
create index posts_question_idx on posts (question_id) where question_id is not null;
create index posts_duplicate_of_idx on posts (duplicate_of) where duplicate_of is not null;
