package org.muster.missions.matching;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposals written while reasons were English text become message keys when every part is one the
 * ranking wrote; other text stays as it was, to be shown so.
 */
class MatchReasonKeysMigrationTests {

    private static final String KEYS = "202612011320";

    @Test
    void storedReasonsBecomeKeysWhereTheyCanAndStayAsWrittenOtherwise() throws Exception {
        try (var server = EmbeddedPostgres.builder().start()) {
            var source = server.getPostgresDatabase();
            var migrations = Flyway.configure().dataSource(source).locations("classpath:db/migration");
            var before = Arrays.stream(migrations.load().info().all()).map(m -> m.getVersion())
                    .filter(v -> v.compareTo(MigrationVersion.fromVersion(KEYS)) < 0).max(Comparator.naturalOrder()).orElseThrow();
            migrations.target(before).load().migrate();
            var db = JdbcClient.create(source);
            var written = List.of(
                    "free for 80 % of the time · 10–25 km away · speaks nl · shares museums, cycling · reliability 90 % · 2 matches in the last 30 days",
                    "no weekly hours set · under 2 km away · reliability 50 % · no match in the last 30 days",
                    "free for 100 % of the time · over 100 km away · reliability 75 % · 1 match in the last 30 days",
                    "a good fit · reliability 90 %");
            // Only match_proposals matters here: its references are not followed while these rows go in.
            try (var connection = source.getConnection()) {
                var one = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                one.sql("set session_replication_role = replica").update();
                for (int i = 0; i < written.size(); i++)
                    one.sql("insert into match_proposals (request_id, peer_id, score, reasons, status) values (:r, 1, 0.5, :why, 'proposed')")
                            .param("r", i + 1).param("why", written.get(i)).update();
            }

            migrations.target(MigrationVersion.LATEST).load().migrate();

            var rows = db.sql("select reasons, reason_keys::text from match_proposals order by request_id")
                    .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
            assertThat(rows.get(0)[0]).isNull();
            assertThat(rows.get(0)[1]).isEqualTo("""
                    [{"key": "match.reason.free", "args": [80]}, {"key": "match.reason.distance", "args": [10, 25]}, \
                    {"key": "match.reason.speaks", "args": ["nl"]}, {"key": "match.reason.shares", "args": ["museums, cycling"]}, \
                    {"key": "match.reason.reliability", "args": [90]}, {"key": "match.reason.load", "args": [2]}]""");
            assertThat(rows.get(1)[1]).isEqualTo("""
                    [{"key": "match.reason.no-hours", "args": []}, {"key": "match.reason.near", "args": [2]}, \
                    {"key": "match.reason.reliability", "args": [50]}, {"key": "match.reason.load", "args": [0]}]""");
            assertThat(rows.get(2)[1]).contains("{\"key\": \"match.reason.far\", \"args\": [100]}", "{\"key\": \"match.reason.load\", \"args\": [1]}");
            assertThat(rows.get(3)).containsExactly("a good fit · reliability 90 %", null);
        }
    }
}
