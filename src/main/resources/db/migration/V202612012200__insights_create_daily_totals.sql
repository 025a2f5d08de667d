-- Derived data of the insights module: rebuildable from the change feed and the other modules' APIs,
-- so no foreign keys tie it to content.

-- A count or sum for one UTC day, one space and one tag ('' for all tags), under a measure's name
-- (e.g. 'support.asked'). Figures over a period add these up.
create table insight_days (
    measure  text   not null,
    day      date   not null,
    space_id bigint not null,
    tag      text   not null default '',
    value    bigint not null,
    primary key (measure, tag, day, space_id)
);

-- What an admin set for a metric: the weights of the deflection estimate, the age at which a solution
-- counts as old. A missing row means the default.
create table insight_settings (
    name       text primary key,
    value      bigint      not null,
    changed_by bigint      not null,
    changed_at timestamptz not null default now()
);
