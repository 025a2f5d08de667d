-- Where a merchandise redemption is to be sent. Kept only until staff mark it sent: fulfilling deletes
-- the row in the same transaction, so the address is erased, not hidden.
create table shipping_addresses (
    redemption_id bigint      primary key references redemptions (id),
    name          text        not null,
    street        text        not null,
    postcode      text        not null,
    city          text        not null,
    country       text        not null,
    created_at    timestamptz not null default now()
);
