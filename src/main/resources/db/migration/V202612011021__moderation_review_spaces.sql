-- A review item belongs to its post's space, so the queue shows a reviewer only the items of spaces
-- he may read. Existing items take their post's space once, here.
alter table reviews add column space_id bigint;
update reviews r set space_id = p.space_id from posts p where p.id = r.post_id;
alter table reviews alter column space_id set not null;
create index reviews_open_space_idx on reviews (space_id, created_at) where resolved_at is null;
