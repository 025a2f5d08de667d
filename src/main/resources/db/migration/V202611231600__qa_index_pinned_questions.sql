-- A space's pinned questions were found by scanning the whole space.
create index posts_pinned_idx on posts (space_id, pinned_at desc)
    where pinned_at is not null and kind = 'question' and deleted_at is null;
