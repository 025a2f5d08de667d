package org.muster;

import org.muster.platform.MusterCommand;
import org.springframework.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The beer.stackexchange.com dump of June 2020 (see {@link SharedData}) imported once per running Muster
 * into a public space of its own, for the tests that read what an import gave. One import costs minutes on
 * a loaded machine (every member and post written, every question embedded for search, every imported vote
 * turned into reputation), so test classes share it, and they leave its space as the import left it.
 *
 * @param space  the slug of the space the dump went into
 * @param report what the importer printed, with its counts
 */
public record BeerImport(String space, String report) {

    /** The dump as the shared data folder holds it. */
    public static Path dump() {
        return SharedData.file("stackexchange-beer-2020/beer.stackexchange.com.7z");
    }

    private static final Map<ApplicationContext, BeerImport> IMPORTS = new ConcurrentHashMap<>();

    /** The import into this running Muster, made on the first call by the admin's client. */
    static BeerImport of(ApplicationContext context, Http admin) {
        return IMPORTS.computeIfAbsent(context, running -> {
            var space = "beer-" + UUID.randomUUID().toString().substring(0, 8);
            var created = admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Beer " + space, "visibility", "public"));
            if (created.status() != 201) throw new AssertionError("No space for the beer import: " + created.body());
            var importer = running.getBeansOfType(MusterCommand.class).values().stream()
                    .filter(command -> command.name().equals("import")).findFirst().orElseThrow();
            var out = new ByteArrayOutputStream();
            try {
                importer.run(List.of("stackexchange", dump().toString(), "--space", space), new PrintStream(out, true, StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new AssertionError("The beer import failed: " + out.toString(StandardCharsets.UTF_8), e);
            }
            return new BeerImport(space, out.toString(StandardCharsets.UTF_8));
        });
    }
}
