-- Members brought in by an import keep where they came from, so a re-run finds them again and
-- their posts stay attributed to them.
alter table members add column source text;
alter table members add column source_id bigint;
create unique index members_source_idx on members (source, source_id) where source is not null;
