package org.muster.insights;

import org.muster.moderation.ModerationIncident.Kind;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderation incidents and how review items ended, day by day: flags raised, posts held as spam, items
 * resolved by each action and sanctions imposed with them; and of the flags raised in the period that
 * a moderator has decided, the share upheld.
 */
@Component
class ModerationMetric implements Metric {

    private static final String KEY = "insights.metric.moderation.";
    /** The review queue's actions, in the order the table shows them. */
    private static final List<String> ACTIONS = List.of("approve", "hide", "delete", "lock", "close");
    private static final List<String> COLUMNS = List.of("flags", "spam", "resolved.approve", "resolved.hide",
            "resolved.delete", "resolved.lock", "resolved.close", "sanctions");

    private final ModerationFacts facts;

    ModerationMetric(ModerationFacts facts) {
        this.facts = facts;
    }

    @Override
    public About about() {
        return new About("moderation", Family.HEALTH, Chart.BAR, 50);
    }

    @Override
    public Figures figures(Scope scope) {
        // Flags count per outcome (open, upheld, dismissed); every other incident per kind or action.
        var perDay = new HashMap<LocalDate, Map<String, Long>>();
        var totals = new HashMap<String, Long>();
        for (var count : facts.counts(scope)) {
            var key = key(count.kind(), count.outcome());
            perDay.computeIfAbsent(count.day(), d -> new HashMap<>()).merge(key, count.count(), Long::sum);
            totals.merge(key, count.count(), Long::sum);
        }
        long upheld = totals.getOrDefault("flag.upheld", 0L);
        long decided = upheld + totals.getOrDefault("flag.dismissed", 0L);
        var headlines = List.of(
                new Figures.Headline(KEY + "flags", Figures.Unit.COUNT, (double) value(totals, "flags")),
                new Figures.Headline(KEY + "spam", Figures.Unit.COUNT, (double) value(totals, "spam")),
                new Figures.Headline(KEY + "resolved", Figures.Unit.COUNT,
                        (double) ACTIONS.stream().mapToLong(a -> value(totals, "resolved." + a)).sum()),
                new Figures.Headline(KEY + "sanctions", Figures.Unit.COUNT, (double) value(totals, "sanctions")),
                new Figures.Headline(KEY + "upheld", Figures.Unit.SHARE, decided == 0 ? null : upheld / (double) decided));
        var rows = scope.period().eachDay().map(day -> {
            var counts = perDay.getOrDefault(day, Map.of());
            return new Figures.Row(Figures.Label.day(day), COLUMNS.stream().map(c -> (double) value(counts, c)).toList());
        }).toList();
        return new Figures(headlines,
                COLUMNS.stream().map(c -> new Figures.Column(KEY + "column." + c, Figures.Unit.COUNT)).toList(), rows);
    }

    private static String key(Kind kind, String outcome) {
        return switch (kind) {
            case FLAG -> "flag." + (outcome == null ? "open" : outcome);
            case SPAM -> "spam";
            case RESOLVED -> "resolved." + outcome;
            case SANCTION -> "sanctions";
        };
    }

    /** A column's count; "flags" adds up the flags of every outcome. */
    private static long value(Map<String, Long> counts, String column) {
        if (!column.equals("flags")) return counts.getOrDefault(column, 0L);
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith("flag.")).mapToLong(Map.Entry::getValue).sum();
    }
}
