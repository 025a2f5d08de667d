-- The rank beside every author's name counts their live answers in the spaces the reader may read,
-- on every page: counted from this index alone.
create index posts_author_live_answers_idx on posts (author_id, space_id) where kind = 'answer' and deleted_at is null;
