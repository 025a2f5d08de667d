package org.muster.routing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation whose spaces escalated unanswered questions with support's timer keeps doing so:
 * the timer's hours become the ladder's ESCALATION step, applying to the questions the timer had not
 * reached yet, and no other step appears.
 */
class LadderUpgradeTests {

    private static final String BEFORE_THE_LADDER = "202612011400";

    @TempDir
    Path dir;

    @Test
    void unansweredTimersBecomeTheLaddersEscalationStep() throws Exception {
        try (var server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            var data = server.getPostgresDatabase();
            Flyway.configure().dataSource(data).locations("classpath:db/migration").target(BEFORE_THE_LADDER).load().migrate();
            var db = JdbcClient.create(data);
            long timed = space(db, "timed");
            long untimed = space(db, "untimed");
            db.sql("insert into unanswered_escalation (space_id, after_hours) values (:s, 24)").param("s", timed).update();

            Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();

            var ladders = db.sql("""
                            select space_id, more_peers_hours, champions_hours, staff_queue_hours, escalation_hours,
                                   extract(epoch from now() - applies_from) / 3600 as hours_back
                            from ladders""")
                    .query().listOfRows();
            assertThat(ladders).hasSize(1);
            Map<String, Object> ladder = ladders.getFirst();
            assertThat(ladder.get("space_id")).isEqualTo(timed);
            assertThat(ladder.get("escalation_hours")).isEqualTo(24);
            assertThat(ladder.get("more_peers_hours")).isNull();
            assertThat(ladder.get("champions_hours")).isNull();
            assertThat(ladder.get("staff_queue_hours")).isNull();
            assertThat(((Number) ladder.get("hours_back")).doubleValue()).isBetween(23.9, 24.1);
            assertThat(untimed).isNotEqualTo(timed);
            assertThat(db.sql("select to_regclass('unanswered_escalation') is null").query(Boolean.class).single()).isTrue();
        }
    }

    private static long space(JdbcClient db, String slug) {
        return db.sql("insert into spaces (slug, name, visibility) values (:s, :s, 'public') returning id")
                .param("s", slug).query(Long.class).single();
    }
}
