-- The language a member reads Muster and its mail in; null leaves it to the browser (and mail to the site's).
-- Which codes are valid is the application's list (platform Languages), so adding a language needs no migration.
alter table members add column language text;

-- A member's language is part of what every node remembers about a signed-in member.
drop trigger members_actor_changed on members;
create trigger members_actor_changed after update on members
    for each row when (old.role is distinct from new.role
        or old.display_name is distinct from new.display_name
        or old.time_zone is distinct from new.time_zone
        or old.language is distinct from new.language
        or old.suspended_until is distinct from new.suspended_until)
    execute function accounts_actor_changed();
