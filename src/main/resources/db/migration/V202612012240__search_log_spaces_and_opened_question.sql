-- What insights needs to place a search in a space and to follow it: the spaces it looked in, the space of
-- its first result, and the space of the question opened from it and whether that question was solved then.
-- Searches logged before this have none of these: insights counts them nowhere.
alter table search_log add column spaces bigint[];
alter table search_log add column first_space_id bigint;
alter table search_log add column opened_space_id bigint;
alter table search_log add column opened_solved boolean not null default false;
