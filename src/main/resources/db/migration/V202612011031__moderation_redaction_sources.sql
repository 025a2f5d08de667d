-- Free text outside posts (matching, proof and appeals in missions, ticket notes) is masked too and counted by where it came from.
alter table redaction_counts drop constraint redaction_counts_source_check;
alter table redaction_counts add constraint redaction_counts_source_check
    check (source in ('posting', 'moderator', 'matching', 'missions', 'ticket'));
