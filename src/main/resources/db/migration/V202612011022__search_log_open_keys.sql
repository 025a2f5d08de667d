-- A search is marked opened with a secret its results gave the searcher, not with its sequential id
-- (which anyone could count through); only the secret's SHA-256 is kept.
alter table search_log add column open_key_hash bytea;
create unique index search_log_open_key_idx on search_log (open_key_hash) where open_key_hash is not null;
