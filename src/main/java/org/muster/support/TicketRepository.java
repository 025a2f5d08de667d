package org.muster.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class TicketRepository {

    record Filter(String status, String priority, Long assigneeId, boolean unassigned, String cause, String text) {
    }

    private static final String COLUMNS = """
            id, question_id, space_id, asker_id, subject, status, priority, assignee_id, cause, escalated_by,
            external_ref, created_at, updated_at, first_response_at, solved_at""";

    private final JdbcClient db;

    TicketRepository(JdbcClient db) {
        this.db = db;
    }

    /** Empty when the question already has an unsolved ticket. */
    Optional<Long> insert(long questionId, long spaceId, Long askerId, String subject, String priority, String cause,
                          Long escalatedBy) {
        return db.sql("""
                        insert into tickets (question_id, space_id, asker_id, subject, priority, cause, escalated_by)
                        values (:q, :space, :asker, :subject, :priority, :cause, :by)
                        on conflict (question_id) where status <> 'solved' do nothing returning id""")
                .param("q", questionId).param("space", spaceId).param("asker", askerId).param("subject", subject)
                .param("priority", priority).param("cause", cause).param("by", escalatedBy)
                .query(Long.class).optional();
    }

    Optional<Ticket> find(long id) {
        return db.sql("select " + COLUMNS + " from tickets where id = :id").param("id", id).query(Ticket.class).optional();
    }

    Optional<Ticket> lock(long id) {
        return db.sql("select " + COLUMNS + " from tickets where id = :id for update").param("id", id)
                .query(Ticket.class).optional();
    }

    /** The newest ticket of a question. */
    Optional<Ticket> findByQuestion(long questionId) {
        return db.sql("select " + COLUMNS + " from tickets where question_id = :q order by id desc limit 1")
                .param("q", questionId).query(Ticket.class).optional();
    }

    List<Ticket> list(Filter f, int limit, int offset) {
        return db.sql("select " + COLUMNS + """
                         from tickets
                        where (:status = '' or status = :status) and (:priority = '' or priority = :priority)
                          and (cast(:assignee as bigint) is null or assignee_id = :assignee)
                          and (not :unassigned or assignee_id is null) and (:cause = '' or cause = :cause)
                          and (:text = '' or subject ilike :like)
                        order by case status when 'open' then 0 when 'pending' then 1 else 2 end,
                                 case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end,
                                 created_at desc, id desc
                        limit :limit offset :offset""")
                .param("status", f.status()).param("priority", f.priority()).param("assignee", f.assigneeId())
                .param("unassigned", f.unassigned()).param("cause", f.cause()).param("text", f.text())
                .param("like", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit).param("offset", offset)
                .query(Ticket.class).list();
    }

    List<Ticket> listByAsker(long askerId) {
        return db.sql("select " + COLUMNS + " from tickets where asker_id = :a order by created_at desc limit 100")
                .param("a", askerId).query(Ticket.class).list();
    }

    void update(long id, String status, String priority, Long assigneeId) {
        db.sql("""
                        update tickets set status = :status, priority = :priority, assignee_id = :assignee, updated_at = now(),
                               first_response_at = case when :status <> 'open' then coalesce(first_response_at, now())
                                                        else first_response_at end,
                               solved_at = case when :status = 'solved' then coalesce(solved_at, now()) else null end
                        where id = :id""")
                .param("id", id).param("status", status).param("priority", priority).param("assignee", assigneeId)
                .update();
    }

    void markResponded(long id) {
        db.sql("update tickets set first_response_at = coalesce(first_response_at, now()), updated_at = now() where id = :id")
                .param("id", id).update();
    }

    void addEvent(long ticketId, String type, Long actorId, String detailJson) {
        db.sql("insert into ticket_events (ticket_id, type, actor_id, detail) values (:t, :type, :a, cast(:d as jsonb))")
                .param("t", ticketId).param("type", type).param("a", actorId).param("d", detailJson).update();
    }

    List<TicketEvent> events(long ticketId) {
        return db.sql("""
                        select id, ticket_id, type, actor_id, detail::text as detail, created_at
                        from ticket_events where ticket_id = :t order by id""")
                .param("t", ticketId).query(TicketEvent.class).list();
    }

    long addNote(long ticketId, Long authorId, String author, String body) {
        return db.sql("""
                        insert into ticket_notes (ticket_id, author_id, author, body) values (:t, :a, :name, :b) returning id""")
                .param("t", ticketId).param("a", authorId).param("name", author).param("b", body)
                .query(Long.class).single();
    }

    List<TicketNote> notes(long ticketId) {
        return db.sql("""
                        select id, ticket_id, author_id, author, body, created_at from ticket_notes
                        where ticket_id = :t order by created_at, id""")
                .param("t", ticketId).query(TicketNote.class).list();
    }

    long countUnsolved() {
        return db.sql("select count(*) from tickets where status <> 'solved'").query(Long.class).single();
    }

    TicketFigures figures() {
        return db.sql("""
                        select count(*) filter (where status = 'open')::int as open,
                               count(*) filter (where status = 'pending')::int as pending,
                               count(*) filter (where solved_at > now() - interval '30 days')::int as solved,
                               count(*) filter (where created_at > now() - interval '30 days')::int as opened,
                               percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at) / 60)
                                   filter (where created_at > now() - interval '30 days' and first_response_at is not null) as first_median,
                               percentile_cont(0.5) within group (order by extract(epoch from solved_at - created_at) / 60)
                                   filter (where created_at > now() - interval '30 days' and solved_at is not null) as solve_median,
                               percentile_cont(0.9) within group (order by extract(epoch from first_response_at - created_at) / 60)
                                   filter (where created_at > now() - interval '30 days' and first_response_at is not null) as first_p90
                        from tickets""")
                .query((rs, row) -> new TicketFigures(rs.getInt("open"), rs.getInt("pending"), rs.getInt("solved"),
                        rs.getInt("opened"), (Double) rs.getObject("first_median"), (Double) rs.getObject("solve_median"),
                        (Double) rs.getObject("first_p90")))
                .single();
    }

    // Escalation rules.

    List<Long> ruleSpaces() {
        return db.sql("select space_id from escalation_rules where space_id is not null").query(Long.class).list();
    }

    List<String> ruleTags() {
        return db.sql("select tag from escalation_rules where tag is not null order by tag").query(String.class).list();
    }

    boolean addSpaceRule(long spaceId) {
        return db.sql("insert into escalation_rules (space_id) values (:s) on conflict do nothing").param("s", spaceId).update() > 0;
    }

    boolean addTagRule(String tag) {
        return db.sql("insert into escalation_rules (tag) values (:t) on conflict do nothing").param("t", tag).update() > 0;
    }

    boolean removeSpaceRule(long spaceId) {
        return db.sql("delete from escalation_rules where space_id = :s").param("s", spaceId).update() > 0;
    }

    boolean removeTagRule(String tag) {
        return db.sql("delete from escalation_rules where tag = :t").param("t", tag).update() > 0;
    }
}
