-- Reputation now follows the feed as a platform subscription; its position moves with it. Every event
-- written before the feed recorded transactions has xact 0.
insert into feed_positions (subscription, xact, event_id)
select 'recognition.reputation', 0, position from recognition_feed where name = 'reputation';
drop table recognition_feed;
