-- A program's landing page (/join/{slug}) is public only once staff publish the program: a brand links
-- it from its own site to recruit, and a program still being prepared stays hidden from outsiders.
alter table programs add column published boolean not null default false;
