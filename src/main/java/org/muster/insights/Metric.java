package org.muster.insights;

/**
 * One metric of the dashboard and the API. Its title, definition and the keys of its headlines and
 * columns are messages: {@code insights.metric.<name>} and {@code insights.metric.<name>.definition}
 * (what counts, what does not, how it is computed). Metrics are Spring beans in this package, found by
 * the {@link Insights} service; {@link #order()} places it within its family.
 */
interface Metric {

    /** The name in URLs and the API, e.g. {@code first-response}. */
    String name();

    Family family();

    Chart chart();

    int order();

    /** Whether choosing a space narrows it; a metric over all of the community (e.g. budgets) says false. */
    default boolean bySpace() {
        return true;
    }

    /** Whether choosing a tag narrows it. */
    default boolean byTag() {
        return true;
    }

    /** The figures over this scope, from insights' own facts and daily totals. */
    Figures figures(Scope scope);

    /** Where a metric's family is shown on the dashboard, in this order. */
    enum Family { SUPPORT, HEALTH, SELF_SERVICE, HELP_DESK, PEER_ARMY, COHORTS }

    /** How the dashboard draws the rows: a line over days or weeks, bars by label, or a funnel of stages. */
    enum Chart { LINE, BAR, FUNNEL }
}
