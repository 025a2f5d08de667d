-- Why a peer was proposed is told to the peer (mail, page), the requester and staff, each in their own
-- language: reasons become message keys with arguments. The text written so far is turned into keys
-- where every part of it is one Muster wrote; any other text stays as it was, and is shown so.
alter table match_proposals add column reason_keys jsonb;
alter table match_proposals alter column reasons drop not null;

with parts as (
    select p.id, part.n, part.text
    from match_proposals p
    cross join lateral unnest(string_to_array(p.reasons, ' · ')) with ordinality as part (text, n)
), parsed as (
    select id, n, case
        when text = 'no weekly hours set'
            then jsonb_build_object('key', 'match.reason.no-hours', 'args', '[]'::jsonb)
        when text ~ '^free for \d+ % of the time$'
            then jsonb_build_object('key', 'match.reason.free', 'args', jsonb_build_array(substring(text from '^free for (\d+)')::int))
        when text ~ '^under \d+ km away$'
            then jsonb_build_object('key', 'match.reason.near', 'args', jsonb_build_array(substring(text from '^under (\d+)')::int))
        when text ~ '^\d+–\d+ km away$'
            then jsonb_build_object('key', 'match.reason.distance', 'args',
                 jsonb_build_array((regexp_match(text, '^(\d+)–'))[1]::int, (regexp_match(text, '–(\d+) km'))[1]::int))
        when text ~ '^over \d+ km away$'
            then jsonb_build_object('key', 'match.reason.far', 'args', jsonb_build_array(substring(text from '^over (\d+)')::int))
        when text ~ '^speaks .'
            then jsonb_build_object('key', 'match.reason.speaks', 'args', jsonb_build_array(substr(text, 8)))
        when text ~ '^shares .'
            then jsonb_build_object('key', 'match.reason.shares', 'args', jsonb_build_array(substr(text, 8)))
        when text ~ '^reliability \d+ %$'
            then jsonb_build_object('key', 'match.reason.reliability', 'args', jsonb_build_array(substring(text from '(\d+)')::int))
        when text = 'no match in the last 30 days'
            then jsonb_build_object('key', 'match.reason.load', 'args', jsonb_build_array(0))
        when text ~ '^\d+ match(es)? in the last 30 days$'
            then jsonb_build_object('key', 'match.reason.load', 'args', jsonb_build_array(substring(text from '^(\d+)')::int))
        end as reason
    from parts
)
update match_proposals p
set reason_keys = keyed.reasons, reasons = null
from (select id, jsonb_agg(reason order by n) as reasons from parsed group by id having bool_and(reason is not null)) keyed
where p.id = keyed.id;

alter table match_proposals add constraint match_proposals_reasons_check check (reasons is not null or reason_keys is not null);
