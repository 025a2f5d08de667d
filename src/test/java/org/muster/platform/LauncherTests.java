package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** ./muster hands every command to the jar, so each command the README names runs from the launcher. */
class LauncherTests {

    @TempDir
    Path dir;

    /** The launcher's own words; every other command belongs to the jar. */
    static final Set<String> LAUNCHER_COMMANDS = Set.of("start", "test", "jdk");

    /**
     * Each {@code ./muster …} the README names, as far as its lower-case words go (no placeholders, options or
     * paths); without {@code help} itself, which lists the others (see helpAloneShows…).
     */
    static List<String> readmeCommands() throws IOException {
        var matcher = Pattern.compile("\\./muster((?: [a-z][a-z-]*)+)").matcher(Files.readString(Path.of("README.md")));
        var commands = new LinkedHashSet<String>();
        while (matcher.find()) commands.add(matcher.group(1).strip());
        commands.remove("help");
        return List.copyOf(commands);
    }

    @Test
    void forwardsEveryCommandToTheJarWithTheJvmFlags() throws Exception {
        var jdk = launcher();
        for (var command : new String[]{"recognition recompute", "search rebuild", "demo", "import stackexchange dump.7z --space beer"}) {
            var args = run(jdk, command);
            assertThat(args).as(command).contains("-jar target/muster.jar " + command)
                    .contains("--add-modules jdk.incubator.vector");
        }
    }

    @Test
    void everyCommandTheReadmeNamesTakesHelpFromTheLauncherOrTheJar() throws Exception {
        var commands = readmeCommands();
        assertThat(commands).contains("start", "test", "demo", "recognition recompute", "search rebuild", "import stackexchange");
        var jdk = launcher();
        for (var command : commands) {
            Files.deleteIfExists(jdk.resolve("args"));
            var output = start(jdk, command + " --help");
            if (LAUNCHER_COMMANDS.contains(command.split(" ")[0])) {
                assertThat(output).as(command).contains("usage: ./muster");
                assertThat(jdk.resolve("args")).as(command + " --help must not start Muster").doesNotExist();
            } else {
                // What the jar answers is checked by CommandHelpTests.
                assertThat(Files.readString(jdk.resolve("args"))).as(command).contains("-jar target/muster.jar " + command + " --help");
            }
        }
    }

    @Test
    void helpAloneShowsTheLaunchersWordsAndAsksTheJarForItsCommands() throws Exception {
        var jdk = launcher();
        for (var help : List.of("help", "--help", "-h")) {
            assertThat(start(jdk, help)).as(help).contains("usage: ./muster", "start", "test", "jdk");
            assertThat(Files.readString(jdk.resolve("args")).strip()).as(help).endsWith("-jar target/muster.jar help");
        }
    }

    /** A copy of the launcher beside a built jar, with a fake JDK. */
    private Path launcher() throws IOException {
        var jdk = fakeJdk();
        Files.copy(Path.of("muster"), dir.resolve("muster"));
        executable(dir.resolve("muster"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/muster.jar"), "");
        return jdk;
    }

    /** A "JDK" whose java reports version 21 and writes the arguments it was started with. */
    private Path fakeJdk() throws IOException {
        var bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                if [[ "$*" == *XshowSettings* ]]; then echo "    java.specification.version = 21" >&2; exit 0; fi
                echo "$*" > "$(dirname "$0")/../args"
                """);
        Files.writeString(bin.resolve("javac"), "#!/usr/bin/env bash\n");
        executable(bin.resolve("java"));
        executable(bin.resolve("javac"));
        return dir.resolve("jdk");
    }

    private String run(Path jdk, String command) throws Exception {
        start(jdk, command);
        return Files.readString(jdk.resolve("args")).strip();
    }

    /** Runs the launcher; returns what it printed, after checking it succeeded. */
    private String start(Path jdk, String command) throws Exception {
        var line = new java.util.ArrayList<String>();
        line.add(dir.resolve("muster").toString());
        line.addAll(List.of(command.split(" ")));
        var process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
        process.environment().put("JAVA_HOME", jdk.toString());
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(command + ": " + output).isZero();
        return output;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
