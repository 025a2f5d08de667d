-- Every node remembers who signed-in members are (the actor of each request): a change to what it remembers, or
-- the member's removal, tells every node to forget it, whichever code made the change. Last-seen notes do not.
create function accounts_actor_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('muster_members', old.id::text);
    return null;
end $$;

create trigger members_actor_changed after update on members
    for each row when (old.role is distinct from new.role
        or old.display_name is distinct from new.display_name
        or old.time_zone is distinct from new.time_zone
        or old.suspended_until is distinct from new.suspended_until)
    execute function accounts_actor_changed();

create trigger members_removed after delete on members
    for each row execute function accounts_actor_changed();
