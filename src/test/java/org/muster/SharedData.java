package org.muster;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data in {@code ../shared/data/} (beside the project folder; see DESIGN.md, "Data for tests and
 * benchmarks"). A test that needs a file fails naming it when it is missing, rather than being skipped:
 * CI always has the data, so a missing file is a broken checkout, not a reason to pass.
 */
public final class SharedData {

    private static final Path ROOT = Path.of("..", "shared", "data");

    private SharedData() {
    }

    /** The file or folder at this path under ../shared/data, which must exist. */
    public static Path file(String relative) {
        var path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            throw new AssertionError("This test reads ../shared/data/" + relative + " (" + path.toAbsolutePath().normalize()
                    + "), which is missing. Put the team's shared data folder beside the project folder, "
                    + "unchanged (its README lists every file).");
        }
        return path;
    }
}
