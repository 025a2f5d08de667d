-- Each member's points per space, kept by the database beside the sources it sums: leaderboards,
-- profiles and the label beside every author's name count only the spaces the reader may read, and
-- summing one row per member and space costs far less than one row per vote.
create table reputation_space_totals (
    member_id bigint not null references members (id),
    space_id  bigint not null,
    points    int    not null,
    primary key (member_id, space_id)
);
create index reputation_space_totals_space_idx on reputation_space_totals (space_id, member_id);

create function reputation_space_totals_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') and old.space_id is not null then
        update reputation_space_totals set points = points - old.points
        where member_id = old.member_id and space_id = old.space_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.space_id is not null then
        insert into reputation_space_totals (member_id, space_id, points) values (new.member_id, new.space_id, new.points)
        on conflict (member_id, space_id) do update set points = reputation_space_totals.points + excluded.points;
    end if;
    return null;
end $$;

create trigger reputation_space_totals_apply after insert or update or delete on reputation_sources
    for each row execute function reputation_space_totals_apply();

insert into reputation_space_totals (member_id, space_id, points)
select member_id, space_id, sum(points) from reputation_sources where space_id is not null group by member_id, space_id;
