-- The subscribers that tell members about decisions, sanctions, review items, recognition and missions
-- start at the feed's head as it is now: what happened before routing existed is history, not news, and
-- a new subscription would otherwise replay years of badges and flags into everyone's inbox and mail.
insert into feed_positions (subscription, xact, event_id)
select s.name, coalesce(head.xact, 0), coalesce(head.id, 0)
from (values ('routing.decisions'), ('routing.member-updates')) as s (name)
left join (select xact, id from domain_events order by xact desc, id desc limit 1) as head on true
on conflict (subscription) do nothing;
