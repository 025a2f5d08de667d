package org.muster.demo;

import org.muster.platform.MusterCommand;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The demo community, loaded once per running Muster and shared by the tests that read it (the crawl
 * walks its pages, the demo's own test checks what it holds); what the first load printed is kept for
 * the test that checks it.
 */
public final class DemoOnce {

    private static final Map<MusterCommand, String> FIRST_OUTPUT = new WeakHashMap<>();

    private DemoOnce() {
    }

    /** Loads the demo with this Muster's demo command unless it already did; what that first load printed. */
    public static synchronized String load(MusterCommand demo) {
        return FIRST_OUTPUT.computeIfAbsent(demo, command -> {
            var out = new ByteArrayOutputStream();
            try {
                command.run(java.util.List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }
}
