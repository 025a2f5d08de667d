-- Every node remembers which collections each space's page lists (CollectionLinks): a pin, an unpin or a new
-- title tells every node to forget the spaces concerned, whichever code made the change.
create function knowledge_pinned_collections_changed() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'knowledge_collection_spaces' then
        perform pg_notify('muster_pinned_collections', (case when tg_op = 'DELETE' then old.space_id else new.space_id end)::text);
    else
        perform pg_notify('muster_pinned_collections', s.space_id::text)
        from knowledge_collection_spaces s where s.collection_id = new.id;
    end if;
    return null;
end $$;

create trigger knowledge_collection_spaces_changed after insert or update or delete on knowledge_collection_spaces
    for each row execute function knowledge_pinned_collections_changed();

create trigger knowledge_collections_renamed after update of title on knowledge_collections
    for each row execute function knowledge_pinned_collections_changed();
