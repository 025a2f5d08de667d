package org.muster.platform;

import org.apache.commons.lang3.exception.ExceptionUtils;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muster.Http;
import org.muster.MusterApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real starts of Muster on one data directory: data survives, a second node shares sessions. */
class DataDirectoryTests {

    /** The last migration of the release that bundled PostgreSQL 14, and how many it had. */
    private static final String RELEASE_MIGRATION = "202611232140";
    private static final long RELEASE_MIGRATIONS = 26;
    private static final String MEMBER_AS_TEXT = """
            select id || '|' || email || '|' || bio || '|' || skills::text || '|' || created_at::text
            from members where email = 'old@muster.test'""";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(Map<String, Object> properties) {
        var args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--muster.bootstrap-admin=root@muster.test:root-password-1", "--spring.main.banner-mode=off"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(MusterApplication.class).run(args.toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void dataSurvivesARestartAndASecondMusterOnTheSameDirectoryStops() {
        var first = start(Map.of("muster.data-dir", dataDir.toString()));
        try {
            // An acknowledged change is on disk: neither commits nor file writes skip the flush.
            var db = first.getBean(JdbcClient.class);
            assertThat(db.sql("select current_setting('synchronous_commit')").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("select current_setting('fsync')").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("select current_setting('full_page_writes')").query(String.class).single()).isEqualTo("on");
            var token = new Http(base(first)).post("/api/v1/auth/tokens",
                    Map.of("email", "root@muster.test", "password", "root-password-1")).json().get("token").asString();
            assertThat(new Http(base(first)).withToken(token).post("/api/v1/spaces",
                    Map.of("slug", "kept", "name", "Kept", "visibility", "public")).status()).isEqualTo(201);

            assertThatThrownBy(() -> start(Map.of("muster.data-dir", dataDir.toString())))
                    .hasRootCauseInstanceOf(DataDirectoryLock.DataDirectoryInUse.class)
                    .rootCause().hasMessageContaining(dataDir.toAbsolutePath().toString());
        } finally {
            SpringApplication.exit(first);
        }

        var second = start(Map.of("muster.data-dir", dataDir.toString()));
        try {
            assertThat(new Http(base(second)).get("/api/v1/spaces/kept").json().get("name").asString()).isEqualTo("Kept");
        } finally {
            SpringApplication.exit(second);
        }
    }

    @Test
    void aNodeOnAnExternalDatabaseSharesSessionsAndChangesWithTheFirst() throws Exception {
        var first = start(Map.of("muster.data-dir", dataDir.toString()));
        try {
            var url = first.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            var second = start(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                    "spring.datasource.password", "", "muster.data-dir", dataDir.resolve("second-node").toString()));
            try {
                var browser = new Http(base(first));
                var login = browser.submit("/login", "/login", Map.of("email", "root@muster.test", "password", "root-password-1"));
                assertThat(login.status()).isEqualTo(302);
                var cookie = login.header("Set-Cookie");
                assertThat(cookie).startsWith("SESSION=");
                var onSecond = new Http(base(second)).withHeaders(Map.of("Cookie", cookie.substring(0, cookie.indexOf(';'))));
                assertThat(onSecond.get("/api/v1/me").json().get("email").asString()).isEqualTo("root@muster.test");

                // A visitor's page cached on the second node goes stale through a change on the first.
                var admin = new Http(base(first)).withToken(new Http(base(first)).post("/api/v1/auth/tokens",
                        Map.of("email", "root@muster.test", "password", "root-password-1")).json().get("token").asString());
                admin.post("/api/v1/spaces", Map.of("slug", "shared", "name", "Shared", "visibility", "public"));
                long id = admin.post("/api/v1/questions", Map.of("space", "shared", "title", "Seen from both nodes?",
                        "body", "A question asked on the first node and read on the second.", "tags", List.of("nodes")))
                        .json().get("id").asLong();
                var visitorOnSecond = new Http(base(second));
                assertThat(visitorOnSecond.get("/questions/" + id).body()).doesNotContain("Answered on the first node");
                admin.post("/api/v1/questions/" + id + "/answers", Map.of("body", "Answered on the first node, seen on the second."));
                long deadline = System.currentTimeMillis() + 5_000;
                while (!visitorOnSecond.get("/questions/" + id).body().contains("Answered on the first node")) {
                    assertThat(System.currentTimeMillis()).as("the second node drops its cached page").isLessThan(deadline);
                    Thread.sleep(100);
                }
            } finally {
                SpringApplication.exit(second);
            }
        } finally {
            SpringApplication.exit(first);
        }
    }

    @Test
    void aDataDirectoryOfPostgres14ComesUpWithAllItsDataOnTheBundledPostgres() throws Exception {
        var pgData = dataDir.resolve("postgres");
        makeWithTheReleaseThatBundledPostgres14(pgData,
                "insert into members (email, display_name, bio, skills) values ('old@muster.test', 'Olga Old', "
                        + "E'Tabs\\tand\\nlines, a \\\\ backslash, \\\\N, Zoë 🎉', '{\"rock climbing\",null-free,\"a,b\"}')",
                "insert into spaces (slug, name, visibility) values ('kept', 'Kept', 'public')",
                """
                insert into posts (kind, space_id, author_id, title, body, body_html)
                select 'question', s.id, m.id, 'Asked on PostgreSQL 14?', 'Still here after the upgrade.', '<p>Still here after the upgrade.</p>'
                from spaces s, members m""");
        long questionId;
        String member;
        try (var old = EmbeddedDatabase.server(pgData, PostgresBinaries.PREVIOUS, true).start()) {
            var db = JdbcClient.create(old.getPostgresDatabase());
            questionId = db.sql("select id from posts").query(Long.class).single();
            member = db.sql(MEMBER_AS_TEXT).query(String.class).single();
        }
        // What a copy that died half-way left behind: discarded, and the upgrade starts over.
        Files.createDirectories(dataDir.resolve("postgres-upgrading"));
        Files.writeString(dataDir.resolve("postgres-upgrading/PG_VERSION"), "17\n");

        var upgraded = start(Map.of("muster.data-dir", dataDir.toString()));
        try {
            var db = upgraded.getBean(JdbcClient.class);
            assertThat(db.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single())
                    .isEqualTo(17).isEqualTo(PostgresBinaries.CURRENT.major);
            assertThat(db.sql(MEMBER_AS_TEXT).query(String.class).single()).isEqualTo(member).contains("Zoë 🎉");
            var visitor = new Http(base(upgraded));
            assertThat(visitor.get("/api/v1/spaces/kept").json().get("name").asString()).isEqualTo("Kept");
            assertThat(visitor.get("/api/v1/questions/" + questionId).json().get("title").asString()).isEqualTo("Asked on PostgreSQL 14?");
            // The identities go on where they were: a new space does not collide with the copied one.
            var admin = new Http(base(upgraded)).withToken(new Http(base(upgraded)).post("/api/v1/auth/tokens",
                    Map.of("email", "root@muster.test", "password", "root-password-1")).json().get("token").asString());
            assertThat(admin.post("/api/v1/spaces", Map.of("slug", "after-upgrade", "name", "After the upgrade", "visibility", "public")).status()).isEqualTo(201);
            // The schema history is the old one, to which the migrations that came after the release were added.
            assertThat(db.sql("select count(*) from flyway_schema_history where version <= :release")
                    .param("release", RELEASE_MIGRATION).query(Long.class).single()).isEqualTo(RELEASE_MIGRATIONS);
        } finally {
            SpringApplication.exit(upgraded);
        }
        assertThat(Files.readString(pgData.resolve("PG_VERSION")).strip()).isEqualTo("17");
        assertThat(Files.readString(dataDir.resolve("postgres-14/PG_VERSION")).strip()).isEqualTo("14");
        assertThat(dataDir.resolve("postgres-upgrading")).doesNotExist();

        var again = start(Map.of("muster.data-dir", dataDir.toString()));
        try {
            assertThat(new Http(base(again)).get("/api/v1/spaces/after-upgrade").json().get("name").asString()).isEqualTo("After the upgrade");
        } finally {
            SpringApplication.exit(again);
        }
    }

    @Test
    void anUpgradeThatCannotCarryEverythingStopsMusterAndLeavesThePostgres14DataInPlace() throws Exception {
        var pgData = dataDir.resolve("postgres");
        makeWithTheReleaseThatBundledPostgres14(pgData,
                "insert into spaces (slug, name, visibility) values ('kept', 'Kept', 'public')",
                "create table notes_by_hand (note text)",
                "insert into notes_by_hand values ('written with psql')");

        assertThatThrownBy(() -> start(Map.of("muster.data-dir", dataDir.toString())))
                .satisfies(e -> assertThat(ExceptionUtils.throwableOfType(e, EmbeddedUpgrade.Failed.class))
                        .isNotNull()
                        .hasMessageContaining(pgData.toAbsolutePath().toString())
                        .hasMessageContaining("public.notes_by_hand"));

        assertThat(Files.readString(pgData.resolve("PG_VERSION")).strip()).isEqualTo("14");
        assertThat(dataDir.resolve("postgres-14")).doesNotExist();
        assertThat(dataDir.resolve("postgres-upgrading")).doesNotExist();
        try (var old = EmbeddedDatabase.server(pgData, PostgresBinaries.PREVIOUS, true).start()) {
            var db = JdbcClient.create(old.getPostgresDatabase());
            assertThat(db.sql("select note from notes_by_hand").query(String.class).list()).containsExactly("written with psql");
            assertThat(db.sql("select name from spaces").query(String.class).list()).containsExactly("Kept");
        }
    }

    @Test
    void anUpgradeStoppedBetweenItsTwoRenamesIsFinishedAtTheNextStart() throws Exception {
        // As a crash leaves it: the old files already renamed, the verified copy not yet in their place.
        makeWithTheReleaseThatBundledPostgres14(dataDir.resolve("postgres-14"));
        var copy = dataDir.resolve("postgres-upgrading");
        try (var upgraded = EmbeddedDatabase.server(copy, PostgresBinaries.CURRENT, true).start()) {
            Flyway.configure().dataSource(upgraded.getPostgresDatabase()).locations("classpath:db/migration")
                    .target(RELEASE_MIGRATION).load().migrate();
            JdbcClient.create(upgraded.getPostgresDatabase())
                    .sql("insert into spaces (slug, name, visibility) values ('copied', 'Copied', 'public')").update();
        }
        Files.createFile(copy.resolve("muster-upgrade-verified"));

        var started = start(Map.of("muster.data-dir", dataDir.toString()));
        try {
            assertThat(new Http(base(started)).get("/api/v1/spaces/copied").json().get("name").asString()).isEqualTo("Copied");
        } finally {
            SpringApplication.exit(started);
        }
        assertThat(Files.readString(dataDir.resolve("postgres/PG_VERSION")).strip()).isEqualTo("17");
        assertThat(dataDir.resolve("postgres/muster-upgrade-verified")).doesNotExist();
        assertThat(copy).doesNotExist();
    }

    @Test
    void theUpgradeFailureSaysTheDataIsUntouchedAndWhatToDo() {
        var analysis = new EmbeddedUpgradeFailedAnalyzer().analyze(new EmbeddedUpgrade.Failed(dataDir,
                "the table public.notes_by_hand was not made by Muster's migrations", null));
        assertThat(analysis.getDescription()).contains(dataDir.toString()).contains("public.notes_by_hand");
        assertThat(analysis.getAction()).contains("Nothing in " + dataDir + " was changed").contains("start Muster again");
    }

    /**
     * A data directory as the release with PostgreSQL 14 left it: its initdb, its schema (migrations
     * up to its last one), and rows written through that schema.
     */
    private static void makeWithTheReleaseThatBundledPostgres14(Path pgData, String... statements) {
        try (var old = EmbeddedDatabase.server(pgData, PostgresBinaries.PREVIOUS, true).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration")
                    .target(RELEASE_MIGRATION).load().migrate();
            var db = JdbcClient.create(old.getPostgresDatabase());
            assertThat(db.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single()).isEqualTo(14);
            for (var statement : statements) db.sql(statement).update();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theFailureAnalysisSaysWhatToDo() {
        var analysis = new DataDirectoryInUseAnalyzer().analyze(new DataDirectoryLock.DataDirectoryInUse(dataDir));
        assertThat(analysis.getDescription()).contains("Another Muster is already running").contains(dataDir.toString());
        assertThat(analysis.getAction()).contains("MUSTER_DATA_DIR");
    }
}
