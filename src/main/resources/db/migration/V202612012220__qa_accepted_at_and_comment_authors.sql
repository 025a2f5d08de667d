-- When the mark went on the accepted answer, for the time to resolution. Questions accepted before
-- this column existed, and imported ones, have none: readers fall back to the answer's own date.
alter table posts add column accepted_at timestamptz;
-- Whether a member posted again after asking (insights' retention) looks up comments by author.
create index comments_author_idx on comments (author_id, created_at);
