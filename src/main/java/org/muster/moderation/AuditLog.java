package org.muster.moderation;

import org.muster.platform.CsvCells;
import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Who did what, when and why, with the state before and after; admins browse and export it. */
@Service
class AuditLog {

    public record Entry(long id, Long actorId, String action, String targetType, long targetId,
                        String reason, String before, String after, Instant createdAt) {
    }

    public static final int PAGE_SIZE = 50;

    private static final int EXPORT_BATCH = 1000;
    private static final String SELECT = """
            select a.id, a.actor_id, a.action, a.target_type, a.target_id, a.reason, a.before::text as before,
                   a.after::text as after, a.created_at
            from audit_log a""";

    private final JdbcClient db;
    private final JsonMapper json;
    private final Members members;

    AuditLog(JdbcClient db, JsonMapper json, Members members) {
        this.db = db;
        this.json = json;
        this.members = members;
    }

    /** Written in the transaction of the action, so an action that fails leaves no entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Long actorId, String action, String targetType, long targetId, String reason, Object before, Object after) {
        db.sql("""
                        insert into audit_log (actor_id, action, target_type, target_id, reason, before, after)
                        values (:actor, :action, :type, :target, :reason, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actorId).param("action", action).param("type", targetType).param("target", targetId)
                .param("reason", reason == null ? "" : reason)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> list(Actor actor, String action, Long targetId, int page) {
        actor.require(Role.ADMIN);
        return db.sql(SELECT + """
                         where (:action = '' or a.action = :action) and (cast(:target as bigint) is null or a.target_id = :target)
                        order by a.id desc limit :limit offset :offset""")
                .param("action", action == null ? "" : action.strip()).param("target", targetId)
                .param("limit", PAGE_SIZE).param("offset", Math.max(0, page) * PAGE_SIZE)
                .query(Entry.class).list();
    }

    /** Display names of the entries' actors, one call per page. */
    @Transactional(readOnly = true)
    public Map<Long, String> actorNames(List<Entry> entries) {
        var ids = entries.stream().map(Entry::actorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return members.summaries(ids).values().stream()
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::displayName));
    }

    /** The whole log as CSV, oldest first, read in batches so a long log never sits in memory. */
    @Transactional(readOnly = true)
    public void export(Actor actor, Writer out) throws IOException {
        actor.require(Role.ADMIN);
        out.write("id,created_at,actor_id,actor,action,target_type,target_id,reason,before,after\n");
        long after = 0;
        while (true) {
            var batch = db.sql(SELECT + " where a.id > :after order by a.id limit :limit")
                    .param("after", after).param("limit", EXPORT_BATCH).query(Entry.class).list();
            if (batch.isEmpty()) return;
            var names = actorNames(batch);
            for (var e : batch) {
                out.write(String.join(",", String.valueOf(e.id()), e.createdAt().toString(),
                        e.actorId() == null ? "" : e.actorId().toString(),
                        CsvCells.of(e.actorId() == null ? "Muster" : names.getOrDefault(e.actorId(), "")), CsvCells.of(e.action()),
                        CsvCells.of(e.targetType()), String.valueOf(e.targetId()), CsvCells.of(e.reason()), CsvCells.of(e.before()),
                        CsvCells.of(e.after())));
                out.write("\n");
            }
            after = batch.getLast().id();
        }
    }
}
