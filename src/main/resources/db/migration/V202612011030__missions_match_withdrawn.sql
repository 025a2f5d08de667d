-- A peer who accepted may withdraw; the next peer is then asked.
alter table match_proposals drop constraint match_proposals_status_check;
alter table match_proposals add constraint match_proposals_status_check
    check (status in ('proposed', 'accepted', 'declined', 'passed', 'expired', 'withdrawn'));

-- Requesters see the reasons a peer was proposed: an exact distance from a few requests at different
-- places locates the peer's home, so stored reasons keep a band only, as new ones do.
update match_proposals
set reasons = regexp_replace(reasons, '(^|· )(\d+) km away', '\1' || (
        select case when n < 2 then 'under 2 km' when n < 5 then '2–5 km' when n < 10 then '5–10 km'
                    when n < 25 then '10–25 km' when n < 50 then '25–50 km' when n < 100 then '50–100 km'
                    else 'over 100 km' end
        from (select (regexp_match(reasons, '(?:^|· )(\d+) km away'))[1]::int as n) km) || ' away')
where reasons ~ '(^|· )\d+ km away';
