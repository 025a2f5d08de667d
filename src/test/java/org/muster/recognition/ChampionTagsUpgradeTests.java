package org.muster.recognition;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation from before champion tags were stored once keeps what its champions review and are
 * verified experts in: an active term's tags move to the one store, an admin's later choice stays.
 */
class ChampionTagsUpgradeTests {

    private static final String LAST_WITH_TERM_TAGS = "202612011251";

    @TempDir
    Path dir;

    @Test
    void activeTermsTagsMoveToTheOneStoreAndAnAdminsChoiceStays() throws Exception {
        try (var server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            var data = server.getPostgresDatabase();
            var flyway = Flyway.configure().dataSource(data).locations("classpath:db/migration");
            flyway.target(LAST_WITH_TERM_TAGS).load().migrate();
            var db = JdbcClient.create(data);
            long fromTerm = member(db, "term@example.org");
            long setByAdmin = member(db, "admin-set@example.org");
            long ended = member(db, "ended@example.org");
            term(db, fromTerm, "active", "{router,billing}");
            term(db, setByAdmin, "active", "{router}");
            db.sql("insert into champion_tags (member_id, tag) values (:m, 'mesh')").param("m", setByAdmin).update();
            term(db, ended, "ended", "{router}");

            Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();

            assertThat(tags(db, fromTerm)).containsExactly("billing", "router");
            assertThat(tags(db, setByAdmin)).containsExactly("mesh");
            assertThat(tags(db, ended)).isEmpty();
            assertThat(db.sql("select count(*) from information_schema.columns where table_name = 'champion_terms' and column_name = 'tags'")
                    .query(Integer.class).single()).isZero();
        }
    }

    private static long member(JdbcClient db, String email) {
        return db.sql("insert into members (email, display_name) values (:e, :e) returning id").param("e", email)
                .query(Long.class).single();
    }

    private static void term(JdbcClient db, long memberId, String status, String tags) {
        db.sql("insert into champion_terms (member_id, status, reason, tags) values (:m, :s, 'knows routers', :t::text[])")
                .param("m", memberId).param("s", status).param("t", tags).update();
    }

    private static List<String> tags(JdbcClient db, long memberId) {
        return db.sql("select tag from champion_tags where member_id = :m order by tag").param("m", memberId)
                .query(String.class).list();
    }
}
