package org.muster.knowledge;

import org.muster.platform.MusterCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/** {@code muster summaries rebuild}: computes every thread summary again from the threads. */
@Component
class ThreadSummaryCommand implements MusterCommand {

    private final ThreadSummaryFollower follower;

    ThreadSummaryCommand(ThreadSummaryFollower follower) {
        this.follower = follower;
    }

    @Override
    public String name() {
        return "summaries";
    }

    @Override
    public String usage() {
        return "summaries rebuild    (computes every thread summary again; edited ones keep their text)";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        if (args.size() != 1 || !args.getFirst().equals("rebuild")) throw new CommandFailed("usage: muster " + usage());
        long started = System.nanoTime();
        int solved = follower.rebuild();
        out.printf("Summaries of %,d solved threads computed in %.1f s.%n", solved, (System.nanoTime() - started) / 1e9);
    }
}
