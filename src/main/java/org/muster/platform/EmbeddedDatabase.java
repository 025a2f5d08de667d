package org.muster.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * With no {@code spring.datasource.url}, Muster runs its own PostgreSQL whose files live under the
 * data directory and survive restarts. The DataSource depends on the server bean, so Spring closes
 * every user of the database before it stops PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "release")
    DataDirectoryLock dataDirectoryLock(@Value("${muster.data-dir}") Path dataDir) {
        return DataDirectoryLock.acquire(dataDir);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectoryLock lock,
                                      @Value("${muster.embedded.clean:false}") boolean clean) throws IOException {
        var pgData = lock.directory().resolve("postgres");
        Files.createDirectories(pgData);
        stopOrphan(pgData);
        long started = System.nanoTime();
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(clean)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("synchronous_commit", "off")
                .start();
        log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(),
                pgData.toAbsolutePath(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return postgres;
    }

    /**
     * A PostgreSQL left running on this directory by a Muster that died (we hold the lock, so no
     * live Muster owns it) would block the start; it has no clients left, so it is stopped.
     */
    private static void stopOrphan(Path pgData) throws IOException {
        var pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) return;
        var orphan = ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) return;
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier Muster", orphan.get().pid(), pgData);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("The PostgreSQL left running on " + pgData + " did not stop; stop it by hand", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("muster");
        return ds;
    }
}
