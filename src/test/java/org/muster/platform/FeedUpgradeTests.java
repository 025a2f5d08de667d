package org.muster.platform;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed orders events by the id of their transaction, and ids belong to a server: after the embedded
 * upgrade copies the rows to a new server, new events must still come after the copied ones, and the
 * copied ones must all be final.
 */
class FeedUpgradeTests {

    private static final String[] MIGRATIONS = {"classpath:db/migration"};

    @TempDir
    Path dir;

    @Test
    void eventsWrittenAfterACopyToANewServerComeAfterTheCopiedOnes() throws Exception {
        long copied;
        try (var old = EmbeddedDatabase.server(dir.resolve("old"), PostgresBinaries.CURRENT, false).start();
             var fresh = EmbeddedDatabase.server(dir.resolve("new"), PostgresBinaries.CURRENT, false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations(MIGRATIONS).load().migrate();
            var before = JdbcClient.create(old.getPostgresDatabase());
            // A server that has lived longer than the new one: its transaction ids are well ahead.
            for (int i = 0; i < 300; i++) before.sql("select pg_current_xact_id()::text").query(String.class).single();
            copied = before.sql("insert into domain_events (type, payload) values ('QuestionEscalated', '{\"questionId\": 1}') returning xact")
                    .query(Long.class).single();

            new DatabaseCopy(old.getPostgresDatabase(), fresh.getPostgresDatabase(), MIGRATIONS).run();

            var after = JdbcClient.create(fresh.getPostgresDatabase());
            long written = after.sql("insert into domain_events (type, payload) values ('QuestionEscalated', '{\"questionId\": 2}') returning xact")
                    .query(Long.class).single();
            assertThat(written).isGreaterThan(copied);
            assertThat(after.sql("select feed_horizon()").query(Long.class).single()).isGreaterThan(copied);
        }
    }
}
