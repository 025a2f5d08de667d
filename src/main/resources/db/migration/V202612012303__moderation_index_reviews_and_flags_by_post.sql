-- Insights reads moderation's incidents post by post (ModerationIncidents.onPosts), resolved ones too:
-- without these, each batch of the change feed it follows would read every review and flag.
create index reviews_post_idx on reviews (post_id);
create index flags_post_idx on flags (post_id);
