-- Every node remembers the sessions it served lately (NodeSessions): any change to a session's row, and its end,
-- tells every node to forget it, whichever node or job made the change.
create function platform_session_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('muster_sessions', old.session_id);
    return null;
end $$;

create trigger spring_session_changed after update or delete on spring_session
    for each row execute function platform_session_changed();
