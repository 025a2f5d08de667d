-- A redemption whose points were given back (a dispute found the reward never arrived) is over:
-- nothing more is sent for it.
alter table redemptions drop constraint redemptions_status_check;
alter table redemptions add constraint redemptions_status_check
    check (status in ('done', 'awaiting-fulfilment', 'fulfilled', 'refunded'));
