-- A champion's tags decide the "verified expert" beside their name: a change tells every node to forget their standing.
create trigger champion_tags_changed after insert or update or delete on champion_tags
    for each row execute function recognition_standing_changed();
