package org.muster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A second Muster node on the tests' database, its own data directory and port: what two nodes share is only PostgreSQL. */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Started with the tests' mail server; {@code settings} are more {@code --name=value} arguments. */
    public static SecondNode start(EmbeddedPostgres postgres, Path dataDir, List<String> settings) {
        var args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--muster.data-dir=" + dataDir,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + IntegrationTest.SMTP.getSmtp().getPort()));
        args.addAll(settings);
        return new SecondNode(new SpringApplicationBuilder(MusterApplication.class).run(args.toArray(String[]::new)));
    }

    public String base() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        SpringApplication.exit(context);
    }
}
