package org.muster.insights;

import org.muster.platform.ConsoleProgress;
import org.muster.platform.MusterCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code muster insights rebuild}: every family's derived facts and daily totals computed again from
 * scratch, each family in one transaction, so the figures equal what following the feed gave (a family
 * that fails leaves what it had).
 */
@Component
class InsightsRebuildCommand implements MusterCommand {

    private final List<DerivedFacts> families;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Locale siteLocale;

    InsightsRebuildCommand(List<DerivedFacts> families, TransactionTemplate transaction, MessageSource messages,
                           @Value("${spring.web.locale:en}") Locale siteLocale) {
        this.families = families;
        this.transaction = transaction;
        this.messages = messages;
        this.siteLocale = siteLocale;
    }

    @Override
    public String name() {
        return "insights";
    }

    @Override
    public String usage() {
        return "insights rebuild    recompute every metric's facts and daily totals from scratch";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        if (!args.equals(List.of("rebuild"))) throw new CommandFailed("usage: muster " + usage());
        var started = System.nanoTime();
        long items = 0;
        for (var family : families) {
            long done = transaction.execute(status -> {
                var progress = new ConsoleProgress(out, messages.getMessage(family.label(), null, siteLocale), family.size());
                long[] count = {0};
                family.rebuild(n -> {
                    count[0] = n;
                    progress.update(n, n);
                });
                progress.finish(count[0]);
                return count[0];
            });
            items += done;
        }
        out.printf("Insights rebuilt: %d families, %,d items in %.1f s.%n", families.size(), items, (System.nanoTime() - started) / 1e9);
    }
}
