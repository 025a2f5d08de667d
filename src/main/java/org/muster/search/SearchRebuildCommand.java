package org.muster.search;

import org.muster.platform.ConsoleProgress;
import org.muster.platform.MusterCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/** {@code muster search rebuild}: this node's index from PostgreSQL, embeddings reused where stored. */
@Component
class SearchRebuildCommand implements MusterCommand {

    private final IndexBuilder builder;

    SearchRebuildCommand(IndexBuilder builder) {
        this.builder = builder;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search rebuild      rebuild this node's search index from the database";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        if (!args.equals(List.of("rebuild"))) throw new CommandFailed("usage: " + usage());
        var total = builder.total();
        var progress = new ConsoleProgress(out, "Search index", total);
        var started = System.nanoTime();
        var count = builder.rebuild(done -> progress.update(done, done));
        progress.finish(count);
        var seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Indexed %d questions in %.1f s (%.0f questions/s)%n", count, seconds, count / Math.max(seconds, 1e-9));
    }
}
