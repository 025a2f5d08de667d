-- The rewards ledger: double entry, append only. Every transaction's entries sum to zero, so the sum
-- over all accounts is always zero; balances are kept on the accounts in the same transaction.
create table ledger_accounts (
    id        bigint generated always as identity primary key,
    code      text        not null unique,
    member_id bigint references members (id),
    kind      text        not null check (kind in ('member', 'member-pending', 'brand', 'catalog')),
    currency  text        not null,
    balance   bigint      not null default 0,
    created_at timestamptz not null default now()
);

create table ledger_transactions (
    id              bigint generated always as identity primary key,
    idempotency_key text        not null unique,
    reason          text        not null,
    source          text        not null,
    created_by      bigint references members (id),
    available_at    timestamptz,
    created_at      timestamptz not null default now()
);

create table ledger_entries (
    id             bigint generated always as identity primary key,
    transaction_id bigint      not null references ledger_transactions (id),
    account_id     bigint      not null references ledger_accounts (id),
    amount         bigint      not null check (amount <> 0),
    created_at     timestamptz not null default now()
);
create index ledger_entries_account_idx on ledger_entries (account_id, id desc);
create index ledger_entries_transaction_idx on ledger_entries (transaction_id);
create index ledger_transactions_pending_idx on ledger_transactions (available_at) where available_at is not null;

-- Entries and transactions are never changed or removed: a correction is a new, reversing transaction.
create function ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % refused', tg_op, tg_table_name;
end $$;
create trigger ledger_entries_append_only before update or delete on ledger_entries
    for each row execute function ledger_append_only();
create trigger ledger_transactions_append_only before update or delete on ledger_transactions
    for each row execute function ledger_append_only();

-- Checked at commit: a transaction whose entries do not sum to zero cannot be written.
create function ledger_balanced() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(amount), 0) from ledger_entries where transaction_id = new.transaction_id) <> 0 then
        raise exception 'ledger transaction % does not balance', new.transaction_id;
    end if;
    return null;
end $$;
create constraint trigger ledger_entries_balanced after insert on ledger_entries
    deferrable initially deferred for each row execute function ledger_balanced();

create table reward_items (
    id               bigint generated always as identity primary key,
    slug             text        not null unique,
    name             text        not null,
    description      text        not null,
    kind             text        not null check (kind in ('discount-code', 'perk', 'merchandise', 'donation')),
    cost             bigint      not null check (cost > 0),
    stock            int check (stock >= 0),
    per_member_limit int check (per_member_limit > 0),
    active           boolean     not null default true,
    created_at       timestamptz not null default now()
);

create table redemptions (
    id             bigint generated always as identity primary key,
    item_id        bigint      not null references reward_items (id),
    member_id      bigint      not null references members (id),
    cost           bigint      not null,
    status         text        not null check (status in ('done', 'awaiting-fulfilment', 'fulfilled')),
    transaction_id bigint      not null references ledger_transactions (id),
    created_at     timestamptz not null default now()
);
create index redemptions_member_idx on redemptions (member_id, created_at desc);
create index redemptions_item_member_idx on redemptions (item_id, member_id);

create table discount_codes (
    id            bigint generated always as identity primary key,
    item_id       bigint not null references reward_items (id),
    code          text   not null,
    redemption_id bigint references redemptions (id),
    unique (item_id, code)
);
create index discount_codes_free_idx on discount_codes (item_id, id) where redemption_id is null;
