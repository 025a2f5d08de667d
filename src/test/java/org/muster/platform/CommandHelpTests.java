package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the jar answers to each command the README names, followed by --help: its usage, and success,
 * without running it. (LauncherTests proves ./muster hands these command lines to the jar unchanged.)
 */
class CommandHelpTests extends IntegrationTest {

    @Autowired
    Commands commands;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String line) {
        out.reset();
        err.reset();
        return commands.run(List.of(line.split(" ")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyJarCommandTheReadmeNamesPrintsItsUsageForHelp() throws Exception {
        var jarCommands = LauncherTests.readmeCommands().stream()
                .filter(c -> !LauncherTests.LAUNCHER_COMMANDS.contains(c.split(" ")[0])).toList();
        assertThat(jarCommands).isNotEmpty();
        for (var command : jarCommands) {
            for (var help : List.of("--help", "-h")) {
                assertThat(run(command + " " + help)).as(command + " " + help + ": " + err).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).as(command).startsWith("usage: muster " + command);
            }
        }
    }

    @Test
    void helpListsEveryCommandTheReadmeNames() throws Exception {
        for (var help : List.of("help", "--help", "-h")) {
            assertThat(run(help)).isZero();
            var listed = out.toString(StandardCharsets.UTF_8);
            var missing = new ArrayList<String>();
            for (var command : LauncherTests.readmeCommands()) {
                if (!LauncherTests.LAUNCHER_COMMANDS.contains(command.split(" ")[0]) && !listed.contains("  " + command)) missing.add(command);
            }
            assertThat(missing).as(listed).isEmpty();
        }
    }

    @Test
    void helpAfterACommandRunsNothing() {
        long spaces = db.sql("select count(*) from spaces").query(Long.class).single();
        assertThat(run("demo --help")).isZero();
        assertThat(db.sql("select count(*) from spaces").query(Long.class).single()).isEqualTo(spaces);
    }

    @Test
    void anUnknownCommandFailsListingTheCommands() {
        assertThat(run("recompute")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'recompute'", "recognition recompute");
    }

    @Test
    void helpIsACommandLineButServerOptionsAreNot() {
        assertThat(MusterCommand.isCommandLine("--help")).isTrue();
        assertThat(MusterCommand.isCommandLine("-h")).isTrue();
        assertThat(MusterCommand.isCommandLine("recognition", "recompute")).isTrue();
        assertThat(MusterCommand.isCommandLine("--server.port=9090")).isFalse();
        assertThat(MusterCommand.isCommandLine()).isFalse();
    }
}
