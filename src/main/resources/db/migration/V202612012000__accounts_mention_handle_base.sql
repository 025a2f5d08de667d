-- The base of a mention handle on its own, so a bulk import can number many new members' handles in one
-- statement (base, base2, base3 … as member_mention_handle picks them one by one) instead of one probe
-- loop per row, which grows with the square of the members sharing a name.
-- Both are plain expressions (no FROM), so PostgreSQL inlines them into a bulk statement rather than
-- calling a function per row.
create function mention_handle_stem(display_name text) returns text language sql immutable parallel safe as $$
    select left(trim(both '_' from regexp_replace(mention_fold(display_name), '[^a-z0-9]+', '_', 'g')), 24)
$$;

create function mention_handle_base(display_name text) returns text language sql immutable parallel safe as $$
    select case when length(mention_handle_stem(display_name)) >= 2 then mention_handle_stem(display_name)
                else 'member' || coalesce(mention_handle_stem(display_name), '') end
$$;

create or replace function member_mention_handle(display_name text) returns text language plpgsql volatile as $$
declare
    base text := mention_handle_base(display_name);
    candidate text;
    n int := 1;
begin
    -- Two sign-ups with the same name at once would otherwise both take the same number.
    perform pg_advisory_xact_lock(hashtext('mention-handle:' || base));
    candidate := base;
    while exists (select 1 from members where mention_handle = candidate) loop
        n := n + 1;
        candidate := base || n;
    end loop;
    return candidate;
end $$;
