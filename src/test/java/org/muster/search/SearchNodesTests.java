package org.muster.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.muster.Http;
import org.muster.MusterApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each node keeps its own index of one database: both converge, a node that was down catches up,
 * and one whose index is damaged rebuilds it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchNodesTests {

    @TempDir
    Path dataDir;

    @Test
    void twoNodesConvergeAndANodeCatchesUpOrRebuildsAfterBeingDown(CapturedOutput output) throws IOException {
        var first = start(Map.of("muster.data-dir", dataDir.resolve("first").toString()));
        try {
            var url = first.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            Map<String, Object> secondNode = Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
                    "spring.datasource.password", "", "muster.data-dir", dataDir.resolve("second").toString());
            var admin = new Http(base(first)).withToken(new Http(base(first)).post("/api/v1/auth/tokens",
                    Map.of("email", "root@muster.test", "password", "root-password-1")).json().get("token").asString());
            assertThat(admin.post("/api/v1/spaces", Map.of("slug", "nodes", "name", "Nodes", "visibility", "public")).status()).isEqualTo(201);
            long before = ask(admin, "Garage door opener ignores the remote");

            var second = start(secondNode);
            long whileUp;
            try {
                assertThat(awaitFound(base(second), "garage remote", before)).isTrue();
                whileUp = ask(admin, "Garage door opener beeps twice at night");
                assertThat(awaitFound(base(first), "garage beeps", whileUp)).isTrue();
                assertThat(awaitFound(base(second), "garage beeps", whileUp)).isTrue();
            } finally {
                SpringApplication.exit(second);
            }

            long whileDown = ask(admin, "Garage door opener light stays on");
            second = start(secondNode);
            try {
                assertThat(awaitFound(base(second), "garage light", whileDown)).isTrue();
                assertThat(found(base(second), "garage remote")).contains(before);
            } finally {
                SpringApplication.exit(second);
            }
            assertThat(output.getOut()).containsOnlyOnce("No search index in " + dataDir.resolve("second").resolve("search-index"));

            try (var files = Files.list(dataDir.resolve("second").resolve("search-index"))) {
                for (var file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                    Files.writeString(file, "not an index");
                }
            }
            second = start(secondNode);
            try {
                assertThat(awaitFound(base(second), "garage light", whileDown)).isTrue();
                assertThat(found(base(second), "garage remote")).contains(before);
                assertThat(output.getOut()).contains("cannot be read").contains("rebuilding it");
            } finally {
                SpringApplication.exit(second);
            }
        } finally {
            SpringApplication.exit(first);
        }
    }

    private static long ask(Http admin, String title) {
        var response = admin.post("/api/v1/questions", Map.of("space", "nodes", "title", title,
                "body", "It started after the last firmware update of the opener.", "tags", List.of("garage")));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static boolean awaitFound(String base, String query, long id) {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (found(base, query).contains(id)) return true;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static List<Long> found(String base, String query) {
        var response = new Http(base).get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return StreamSupport.stream(response.json().get("hits").spliterator(), false).map(h -> h.get("id").asLong()).toList();
    }

    private ConfigurableApplicationContext start(Map<String, Object> properties) {
        var args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--muster.bootstrap-admin=root@muster.test:root-password-1", "--spring.main.banner-mode=off",
                // A missing index (a new node) is told at INFO, no longer as a warning; the test reads that line.
                "--logging.level.org.muster.search.SearchIndex=INFO"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(MusterApplication.class).run(args.toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
