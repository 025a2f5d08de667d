-- Reputation reports suspected voting rings to the review queue.
alter table reviews drop constraint reviews_cause_check;
alter table reviews add constraint reviews_cause_check check (cause in ('flags', 'spam', 'votes'));
