-- Trust levels: 0 new, 1 basic, 2 member, 3 regular, 4 leader (only given by moderators).
alter table members add column trust_level smallint not null default 0 check (trust_level between 0 and 4);
-- A locked level is left alone by the automatic promotion.
alter table members add column trust_locked boolean not null default false;
alter table members add column silenced_until timestamptz;
alter table members add column suspended_until timestamptz;
-- Staff, moderators and admins start trusted; existing members keep posting as they did.
update members set trust_level = case when role in ('moderator', 'staff', 'admin') then 4 else 1 end;
