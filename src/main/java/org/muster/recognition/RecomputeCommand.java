package org.muster.recognition;

import org.muster.platform.MusterCommand;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/** {@code muster recognition recompute}: rebuilds reputation from the change feed. */
@Component
class RecomputeCommand implements MusterCommand {

    private final Reputation reputation;

    RecomputeCommand(Reputation reputation) {
        this.reputation = reputation;
    }

    @Override
    public String name() {
        return "recognition";
    }

    @Override
    public String usage() {
        return "recognition recompute    (rebuilds reputation from the change feed, with the current weights)";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        if (args.size() != 1 || !args.getFirst().equals("recompute")) throw new CommandFailed("usage: muster " + usage());
        long started = System.nanoTime();
        int events = reputation.recompute();
        out.printf("Reputation recomputed from %,d events in %.1f s.%n", events, (System.nanoTime() - started) / 1e9);
    }
}
