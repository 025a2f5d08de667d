package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** ./muster hands every command to the jar, so each command the README names runs from the launcher. */
class LauncherTests {

    @TempDir
    Path dir;

    @Test
    void forwardsEveryCommandToTheJarWithTheJvmFlags() throws Exception {
        var jdk = fakeJdk();
        Files.copy(Path.of("muster"), dir.resolve("muster"));
        executable(dir.resolve("muster"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/muster.jar"), "");
        for (var command : new String[]{"recognition recompute", "search rebuild", "demo", "import stackexchange dump.7z --space beer"}) {
            var args = run(jdk, command);
            assertThat(args).as(command).contains("-jar target/muster.jar " + command)
                    .contains("--add-modules jdk.incubator.vector");
        }
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
        var line = new java.util.ArrayList<String>();
        line.add(dir.resolve("muster").toString());
        line.addAll(java.util.List.of(command.split(" ")));
        var process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true);
        process.environment().put("JAVA_HOME", jdk.toString());
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(command + ": " + output).isZero();
        return Files.readString(jdk.resolve("args")).strip();
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
