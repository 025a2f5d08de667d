-- What "@name" in a post resolves to. Display names are not unique, so each member gets a handle made
-- from the display name when the account is created (a number added when it is taken). It stays when the
-- display name changes, so old mentions keep pointing at the same member.

-- Case and common accents folded away, so "@jose" finds José and autocomplete matches either spelling.
create function mention_fold(t text) returns text language sql immutable parallel safe as $$
    select lower(translate(t,
        'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŚśŻżŹźŇňŘřĚěŮůĞğŞşİı',
        'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlSsZzZzNnRrEeUuGgSsIi'))
$$;

create function member_mention_handle(display_name text) returns text language plpgsql volatile as $$
declare
    base text := left(trim(both '_' from regexp_replace(mention_fold(display_name), '[^a-z0-9]+', '_', 'g')), 24);
    candidate text;
    n int := 1;
begin
    if length(base) < 2 then base := 'member' || coalesce(base, ''); end if;
    -- Two sign-ups with the same name at once would otherwise both take the same number.
    perform pg_advisory_xact_lock(hashtext('mention-handle:' || base));
    candidate := base;
    while exists (select 1 from members where mention_handle = candidate) loop
        n := n + 1;
        candidate := base || n;
    end loop;
    return candidate;
end $$;

alter table members add column mention_handle text;

do $$
declare r record;
begin
    for r in select id, display_name from members order by id loop
        update members set mention_handle = member_mention_handle(r.display_name) where id = r.id;
    end loop;
end $$;

alter table members alter column mention_handle set not null;
create unique index members_mention_handle_idx on members (mention_handle);
create index members_display_name_fold_idx on members (mention_fold(display_name) text_pattern_ops);

-- Every way a member is created (sign-up, admin, import) gets a handle without knowing about it.
create function members_mention_handle_given() returns trigger language plpgsql as $$
begin
    if new.mention_handle is null then new.mention_handle := member_mention_handle(new.display_name); end if;
    return new;
end $$;
create trigger members_mention_handle_given before insert on members
    for each row execute function members_mention_handle_given();
