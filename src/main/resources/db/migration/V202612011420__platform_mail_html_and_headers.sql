-- A mail may carry an HTML alternative to its text and headers of its own (List-Unsubscribe);
-- mails without them are sent as plain text, as before.
alter table mails add column html text;
alter table mails add column headers jsonb not null default '{}';
