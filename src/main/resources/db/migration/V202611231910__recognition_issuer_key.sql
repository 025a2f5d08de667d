-- The key that signs Open Badges 3.0 credentials (ES256); its public half is published as a JWK set.
create table recognition_keys (
    kid         text primary key,
    private_key bytea       not null,
    public_key  bytea       not null,
    created_at  timestamptz not null default now()
);
