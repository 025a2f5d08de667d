-- People of a partner organisation work in their program's initiative: staff invite them by e-mail
-- (a single-use link that expires), and once accepted they belong to that partner of that program only.
create table partner_invitations (
    id          bigint generated always as identity primary key,
    partner_id  bigint      not null references program_partners (id),
    email       text        not null,
    token_hash  bytea       not null unique,
    invited_by  bigint      not null references members (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_by bigint references members (id),
    accepted_at timestamptz
);

create table partner_members (
    partner_id bigint      not null references program_partners (id),
    member_id  bigint      not null references members (id),
    joined_at  timestamptz not null default now(),
    primary key (partner_id, member_id)
);
create index partner_members_member_idx on partner_members (member_id);

-- A milestone is owned by one of the program's partners, whose people may update it.
alter table program_milestones add column owner_partner_id bigint references program_partners (id);
alter table program_milestones add column note text not null default '';

-- Short Markdown posts on the initiative by its partners' people and staff.
create table initiative_updates (
    id         bigint generated always as identity primary key,
    program_id bigint      not null references programs (id),
    partner_id bigint references program_partners (id),
    author_id  bigint      not null references members (id),
    body       text        not null,
    created_at timestamptz not null default now()
);
create index initiative_updates_program_idx on initiative_updates (program_id, created_at desc);
