package org.muster.missions.programs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
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

    long insertMilestone(long programId, String title, String owner, LocalDate dueOn) {
        return db.sql("insert into program_milestones (program_id, title, owner, due_on) values (:p, :t, :o, :d) returning id")
                .param("p", programId).param("t", title).param("o", owner).param("d", dueOn).query(Long.class).single();
    }

    Optional<Milestone> milestone(long id) {
        return db.sql("select id, program_id, title, owner, due_on, done_at from program_milestones where id = :id").param("id", id)
                .query(Milestone.class).optional();
    }

    /** Whether it was still open: marking a done milestone again changes nothing. */
    boolean completeMilestone(long id) {
        return db.sql("update program_milestones set done_at = now() where id = :id and done_at is null").param("id", id).update() > 0;
    }

    List<Milestone> milestones(long programId) {
        return db.sql("""
                        select id, program_id, title, owner, due_on, done_at from program_milestones where program_id = :p
                        order by due_on nulls last, id""")
                .param("p", programId).query(Milestone.class).list();
    }
}
