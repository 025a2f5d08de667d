package org.muster.insights;

import java.util.List;

/**
 * One metric over a period and the period before it, as its reader may see it: the figures of each
 * and where the metric sits on the dashboard. Titles and definitions are messages named after it.
 */
public record MetricReport(String metric, String family, String chart, boolean bySpace, boolean byTag,
                           Period period, Period previousPeriod, Long spaceId, String tag,
                           Figures current, Figures previous) {

    /** Each current headline beside the previous period's, in the metric's order. */
    public List<Comparison> comparisons() {
        return current.headlines().stream()
                .map(h -> new Comparison(h, previous.headline(h.key())))
                .toList();
    }

    /** A headline now and in the previous period (null when that period had none). */
    public record Comparison(Figures.Headline current, Figures.Headline previous) {

        /** The change from the previous period, in the headline's unit; null when either is missing. */
        public Double change() {
            if (previous == null || previous.value() == null || current.value() == null) return null;
            return current.value() - previous.value();
        }
    }
}
