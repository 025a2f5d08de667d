package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muster.Http;
import org.muster.MusterApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real starts of Muster on one data directory: data survives, a second node shares sessions. */
class DataDirectoryTests {

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
    void theFailureAnalysisSaysWhatToDo() {
        var analysis = new DataDirectoryInUseAnalyzer().analyze(new DataDirectoryLock.DataDirectoryInUse(dataDir));
        assertThat(analysis.getDescription()).contains("Another Muster is already running").contains(dataDir.toString());
        assertThat(analysis.getAction()).contains("MUSTER_DATA_DIR");
    }
}
