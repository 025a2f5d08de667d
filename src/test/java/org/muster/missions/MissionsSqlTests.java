package org.muster.missions;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missions owns its tables and asks other modules for the rest through their API: no statement in
 * missions reads or writes a table that another module's migrations create (members among them).
 */
class MissionsSqlTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path MISSIONS = Path.of("src/main/java/org/muster/missions");
    private static final Pattern OTHER_MODULE = Pattern.compile(
            "V\\d+__(platform|accounts|spaces|qa|search|moderation|support|recognition|rewards|routing|knowledge|demo|insights)_.*\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");
    private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+(\\w+)");

    @Test
    void missionsSqlUsesOnlyMissionsTables() throws IOException {
        var others = new HashSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (var file : files.filter(f -> OTHER_MODULE.matcher(f.getFileName().toString()).matches()).toList()) {
                var created = CREATE_TABLE.matcher(Files.readString(file));
                while (created.find()) others.add(created.group(1).toLowerCase());
            }
        }
        assertThat(others).contains("members");
        var found = new HashSet<String>();
        try (Stream<Path> files = Files.walk(MISSIONS)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var use = TABLE_USE.matcher(Files.readString(file));
                while (use.find())
                    if (others.contains(use.group(1).toLowerCase())) found.add(MISSIONS.relativize(file) + ": " + use.group());
            }
        }
        assertThat(found).as("statements in missions on other modules' tables").isEmpty();
    }
}
