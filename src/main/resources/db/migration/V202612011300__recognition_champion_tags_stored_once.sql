-- A champion's tags are kept once, in moderation's champion_tags, which review routing and the
-- verified-expert labels both read. An active term's tags move there unless an admin already set
-- that member's tags (those are the ones review routing used); ended terms' tags go with the column.
insert into champion_tags (member_id, tag)
select t.member_id, tag
from champion_terms t, unnest(t.tags) as tag
where t.status = 'active'
  and not exists (select 1 from champion_tags c where c.member_id = t.member_id)
on conflict do nothing;

alter table champion_terms drop column tags;
