-- A rank change keeps the message key of its reason, rendered in each reader's language when read;
-- its one argument is the points column. Notices written before were English sentences.
alter table rank_changes rename column reason to reason_key;
update rank_changes set reason_key = case when reason_key like 'Your reputation fell%'
    then 'recognition.rank.fell' else 'recognition.rank.reached' end;
