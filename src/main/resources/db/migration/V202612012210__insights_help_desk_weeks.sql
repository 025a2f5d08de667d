-- Tickets a brand's help desk received, one row per ISO week (kept under its Monday), as an admin
-- imported them: truth entered by hand, not derived, so a rebuild of the insights leaves it alone.
create table insight_help_desk_weeks (
    week        date        primary key check (extract(isodow from week) = 1),
    tickets     bigint      not null check (tickets >= 0),
    imported_by bigint      not null,
    imported_at timestamptz not null default now()
);
