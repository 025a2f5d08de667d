package org.muster.accounts;

import org.muster.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Imported members in bulk: streamed with COPY into a scratch table, then inserted in two statements,
 * whatever their number. Idempotent by (source, source id), as a re-run of an import needs.
 */
@Repository
class MemberImportRepository {

    private final JdbcClient db;
    private final CopyRows copies;

    MemberImportRepository(JdbcClient db, CopyRows copies) {
        this.db = db;
        this.copies = copies;
    }

    /** Stages the people {@code people} hands to its argument; returns how many. */
    long stage(String source, Consumer<Consumer<ImportedMember>> people) {
        db.sql("""
                create temporary table if not exists import_members (source_id bigint, email text, display_name text,
                    bio text, city text, created_at timestamptz) on commit drop""").update();
        db.sql("truncate import_members").update();
        try (var copy = copies.into("import_members", "source_id, email, display_name, bio, city, created_at")) {
            people.accept(person -> {
                var name = person.displayName() == null || person.displayName().isBlank() ? "user" + person.sourceId()
                        : person.displayName().strip();
                copy.row(person.sourceId(), ("imported-" + source + "-" + person.sourceId() + "@imported.invalid").toLowerCase(),
                        name.length() > 60 ? name.substring(0, 60) : name, person.bio() == null ? "" : person.bio(),
                        person.city() == null ? "" : person.city(), person.createdAt() == null ? Instant.now() : person.createdAt());
            });
            return copy.finish();
        }
    }

    /**
     * Inserts the staged people not imported before. Handles are numbered per base here, as the
     * per-row trigger would give them; the few whose number is taken already (by a member from before,
     * or another base's handle) get theirs from the trigger in a second statement, which sees the first.
     */
    void insertStaged(String source) {
        db.sql("""
                        with fresh as (
                            select s.*, mention_handle_base(s.display_name) as base from import_members s
                            where not exists (select 1 from members m where m.source = :source and m.source_id = s.source_id)),
                        numbered as (
                            select f.*, case when n = 1 then base else base || n end as handle
                            from (select fresh.*, row_number() over (partition by base order by source_id) as n from fresh) f),
                        unique_handles as (
                            select numbered.*, count(*) over (partition by handle) as sharing from numbered)
                        insert into members (email, display_name, bio, city, role, email_verified_at, created_at,
                                             source, source_id, mention_handle)
                        select email, display_name, bio, city, 'member', null, created_at, :source, source_id, handle
                        from unique_handles u
                        where sharing = 1 and not exists (select 1 from members m where m.mention_handle = u.handle)
                        order by source_id
                        on conflict do nothing""")
                .param("source", source).update();
        db.sql("""
                        insert into members (email, display_name, bio, city, role, email_verified_at, created_at, source, source_id)
                        select email, display_name, bio, city, 'member', null, created_at, :source, source_id
                        from import_members s
                        where not exists (select 1 from members m where m.source = :source and m.source_id = s.source_id)
                        order by source_id
                        on conflict do nothing""")
                .param("source", source).update();
    }
}
