-- The community's look: one row, set by admins. Null columns fall back to Muster's own look.
create table brand_settings (
    id boolean primary key default true check (id),
    name text,
    accent text,
    welcome text,
    logo bytea,
    logo_type text,
    updated_at timestamptz not null default now(),
    updated_by bigint
);

create table brand_footer_links (
    position int primary key,
    label text not null,
    url text not null
);
