-- Every node remembers the standings beside authors' names (AuthorStandings): a change of a member's points, in
-- total or in a space, tells every node to forget that member's, whichever code made the change.
create function recognition_standing_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('muster_standings', (case when tg_op = 'DELETE' then old.member_id else new.member_id end)::text);
    return null;
end $$;

create trigger reputation_totals_changed after insert or update or delete on reputation_totals
    for each row execute function recognition_standing_changed();

create trigger reputation_space_totals_changed after insert or update or delete on reputation_space_totals
    for each row execute function recognition_standing_changed();

create trigger champion_terms_changed after insert or update or delete on champion_terms
    for each row execute function recognition_standing_changed();
