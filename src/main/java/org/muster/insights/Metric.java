package org.muster.insights;

/**
 * One metric of the dashboard and the API. Its title, definition and the keys of its headlines and
 * columns are messages: {@code insights.metric.<name>} and {@code insights.metric.<name>.definition}
 * (what counts, what does not, how it is computed). Metrics are Spring beans in this package, found by
 * the {@link Insights} service.
 */
interface Metric {

    /** Where the metric sits and what narrows it. */
    About about();

    /** The figures over this scope, from insights' own facts and daily totals. */
    Figures figures(Scope scope);

    /**
     * {@code name}: in URLs and the API, e.g. {@code first-response}; {@code order}: its place within its
     * family; {@code bySpace}, {@code byTag}: whether choosing a space or a tag narrows it (a metric over all
     * of the community, e.g. budgets, says false).
     */
    record About(String name, Family family, Chart chart, int order, boolean bySpace, boolean byTag) {

        /** A metric that a chosen space and tag narrow. */
        About(String name, Family family, Chart chart, int order) {
            this(name, family, chart, order, true, true);
        }
    }

    /** Where a metric's family is shown on the dashboard, in this order. */
    enum Family { SUPPORT, HEALTH, SELF_SERVICE, HELP_DESK, PEER_ARMY, COHORTS }

    /** How the dashboard draws the rows: a line over days or weeks, bars by label, or a funnel of stages. */
    enum Chart { LINE, BAR, FUNNEL }
}
