package org.muster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to the module whose migration creates it, and only that module's SQL names it: another
 * module asks the owner's API with the page's ids. ModularityTests sees Java references only; this test sees
 * the SQL inside the strings.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/org/muster");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d{12}__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_USE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|references|table)\\s+([a-z_][a-z0-9_]*)");

    /** Landed migrations named after a feature instead of a module; they may not be renamed. */
    private static final Map<String, String> MISNAMED_MIGRATIONS = Map.of(
            "V202611232100__shift_attendance.sql", "missions",
            "V202611232110__matching.sql", "missions",
            "V202611232120__mission_rules_cash_partners.sql", "missions",
            "V202611232130__proof_images.sql", "missions",
            "V202611232140__match_proposal_expiry.sql", "missions");

    /** Tables a landed migration of one module created for another: the module whose code uses them owns them. */
    private static final Map<String, String> CREATED_FOR_ANOTHER_MODULE = Map.of(
            // cash payouts of missions, but paid out and exported through the rewards ledger
            "payouts", "rewards",
            "payout_batches", "rewards");

    @Test
    void everyMigrationThatCreatesTablesIsNamedAfterAModule() {
        var modules = modules();
        var misnamed = new ArrayList<String>();
        migrations().forEach((file, sql) -> {
            if (!CREATE_TABLE.matcher(sql).find()) return;
            var module = migrationModule(file);
            if (module == null || !modules.contains(module)) misnamed.add(file + " (no module named '" + module + "')");
        });
        assertThat(misnamed).as("migrations creating tables must be named V<timestamp>__<module>_<change>.sql").isEmpty();
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() {
        var owners = tableOwners();
        var foreign = new TreeSet<String>();
        for (var file : javaSources()) {
            var module = SOURCES.relativize(file).getName(0).toString();
            var strings = STRING.matcher(read(file));
            while (strings.find()) {
                var text = strings.group(1) != null ? strings.group(1) : strings.group(2);
                var uses = TABLE_USE.matcher(text);
                while (uses.find()) {
                    var table = uses.group(1).toLowerCase();
                    var owner = owners.get(table);
                    if (owner == null || owner.equals(module)) continue;
                    var use = SOURCES.relativize(file) + " -> " + table;
                    foreign.add(use + " (owned by " + owner + ")");
                }
            }
        }
        assertThat(foreign).as("SQL naming another module's table; call the owning module's API with the ids instead")
                .isEmpty();
    }

    /** table → owning module, from the migrations that create the tables. */
    private static Map<String, String> tableOwners() {
        var owners = new TreeMap<String, String>();
        migrations().forEach((file, sql) -> {
            var creates = CREATE_TABLE.matcher(sql);
            while (creates.find()) {
                var table = creates.group(1).toLowerCase();
                owners.put(table, CREATED_FOR_ANOTHER_MODULE.getOrDefault(table, migrationModule(file)));
            }
        });
        return owners;
    }

    private static String migrationModule(String file) {
        if (MISNAMED_MIGRATIONS.containsKey(file)) return MISNAMED_MIGRATIONS.get(file);
        var name = MIGRATION_NAME.matcher(file);
        return name.matches() ? name.group(1) : null;
    }

    private static Set<String> modules() {
        try (var dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Migration file name → its SQL, in version order. */
    private static Map<String, String> migrations() {
        try (var files = Files.list(MIGRATIONS)) {
            var all = new TreeMap<String, String>();
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> all.put(f.getFileName().toString(), read(f)));
            assertThat(all).isNotEmpty();
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> SOURCES.relativize(f).getNameCount() > 1).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
