package org.muster.missions.programs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class PartnerRepository {

    private final JdbcClient db;

    PartnerRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Long> insert(long programId, String name, String kind, String goal) {
        return db.sql("""
                        insert into program_partners (program_id, name, kind, goal) values (:p, :name, :kind, :goal)
                        on conflict (program_id, name) do nothing returning id""")
                .param("p", programId).param("name", name).param("kind", kind).param("goal", goal).query(Long.class).optional();
    }

    Optional<Partner> find(long id) {
        return db.sql("select id, program_id, name, kind, goal, created_at from program_partners where id = :id").param("id", id)
                .query(Partner.class).optional();
    }

    List<Partner> ofProgram(long programId) {
        return db.sql("select id, program_id, name, kind, goal, created_at from program_partners where program_id = :p order by name")
                .param("p", programId).query(Partner.class).list();
    }

    long insertMilestone(long programId, String title, String owner, LocalDate dueOn, Long ownerPartnerId) {
        return db.sql("""
                        insert into program_milestones (program_id, title, owner, due_on, owner_partner_id)
                        values (:p, :t, :o, :d, :partner) returning id""")
                .param("p", programId).param("t", title).param("o", owner).param("d", dueOn).param("partner", ownerPartnerId)
                .query(Long.class).single();
    }

    Optional<Milestone> milestone(long id) {
        return db.sql("select id, program_id, title, owner, due_on, done_at, owner_partner_id, note from program_milestones where id = :id").param("id", id)
                .query(Milestone.class).optional();
    }

    /** Whether it was still open: marking a done milestone again changes nothing. */
    boolean completeMilestone(long id) {
        return db.sql("update program_milestones set done_at = now() where id = :id and done_at is null").param("id", id).update() > 0;
    }

    List<Milestone> milestones(long programId) {
        return db.sql("""
                        select id, program_id, title, owner, due_on, done_at, owner_partner_id, note from program_milestones where program_id = :p
                        order by due_on nulls last, id""")
                .param("p", programId).query(Milestone.class).list();
    }

    /** Whether anything changed. */
    boolean updateMilestone(long id, boolean done, String note) {
        return db.sql("""
                        update program_milestones set done_at = case when :done then coalesce(done_at, now()) end, note = :note
                        where id = :id and ((done_at is not null) <> :done or note <> :note)""")
                .param("id", id).param("done", done).param("note", note).update() > 0;
    }

    long insertInvitation(long partnerId, String email, byte[] tokenHash, long by, Instant expiresAt) {
        return db.sql("""
                        insert into partner_invitations (partner_id, email, token_hash, invited_by, expires_at)
                        values (:p, :e, :t, :by, :x) returning id""")
                .param("p", partnerId).param("e", email).param("t", tokenHash).param("by", by).param("x", Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    record Invitation(long id, long partnerId, String email, Instant expiresAt, Long acceptedBy) {
    }

    Optional<Invitation> lockInvitation(byte[] tokenHash) {
        return db.sql("""
                        select id, partner_id, email, expires_at, accepted_by from partner_invitations where token_hash = :t
                        for update""")
                .param("t", tokenHash).query(Invitation.class).optional();
    }

    Optional<Invitation> invitation(byte[] tokenHash) {
        return db.sql("select id, partner_id, email, expires_at, accepted_by from partner_invitations where token_hash = :t")
                .param("t", tokenHash).query(Invitation.class).optional();
    }

    void accept(long invitationId, long partnerId, long memberId) {
        db.sql("update partner_invitations set accepted_by = :m, accepted_at = now() where id = :id")
                .param("id", invitationId).param("m", memberId).update();
        db.sql("insert into partner_members (partner_id, member_id) values (:p, :m) on conflict do nothing")
                .param("p", partnerId).param("m", memberId).update();
    }

    /** The partners of this program the member works for (usually one). */
    List<Long> partnersOf(long memberId, long programId) {
        return db.sql("""
                        select pm.partner_id from partner_members pm join program_partners p on p.id = pm.partner_id
                        where pm.member_id = :m and p.program_id = :p order by pm.partner_id""")
                .param("m", memberId).param("p", programId).query(Long.class).list();
    }

    long insertUpdate(long programId, Long partnerId, long authorId, String body) {
        return db.sql("""
                        insert into initiative_updates (program_id, partner_id, author_id, body) values (:p, :partner, :a, :b)
                        returning id""")
                .param("p", programId).param("partner", partnerId).param("a", authorId).param("b", body).query(Long.class).single();
    }

    List<InitiativeUpdate> updates(long programId) {
        return db.sql("""
                        select id, program_id, partner_id, author_id, null as author_name, body, null as html, created_at
                        from initiative_updates where program_id = :p order by created_at desc, id desc limit 50""")
                .param("p", programId).query(InitiativeUpdate.class).list();
    }

    Map<Long, String> programNames(Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        db.sql("select id, name from programs where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    Map<Long, String> partnerNames(Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        db.sql("select id, name from program_partners where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }
}
