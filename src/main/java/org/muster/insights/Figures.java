package org.muster.insights;

import java.util.List;

/**
 * What a metric says over one scope: its headline figures, and the rows behind its chart and its
 * table (one row a day, a week, a stage of a funnel or a named thing; one value per column). A value
 * is null where there is nothing to compute it from, e.g. a median over no questions.
 */
public record Figures(List<Headline> headlines, List<Column> columns, List<Row> rows) {

    public Figures {
        headlines = List.copyOf(headlines);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The headline under this key, or null. */
    public Headline headline(String key) {
        return headlines.stream().filter(h -> h.key().equals(key)).findFirst().orElse(null);
    }

    /** One headline figure; {@code key} is its message key. */
    public record Headline(String key, Unit unit, Double value) {
    }

    /** One column of the table and series of the chart; {@code key} is its message key. */
    public record Column(String key, Unit unit) {
    }

    /** A row: its label and one value per column; money rows name their currency. */
    public record Row(Label label, List<Double> values, String currency) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public Row(Label label, List<Double> values) {
            this(label, values, null);
        }
    }

    /**
     * A row's label: a day or a week's Monday (ISO date, shown in the reader's format), a message key
     * (a funnel's stage, a kind of outcome) or a name as it is (a tag, a query, a word, a program).
     */
    public record Label(String text, Kind kind) {

        public enum Kind { DAY, WEEK, MESSAGE, NAME }

        public static Label day(java.time.LocalDate day) {
            return new Label(day.toString(), Kind.DAY);
        }

        public static Label week(java.time.LocalDate monday) {
            return new Label(monday.toString(), Kind.WEEK);
        }

        public static Label message(String key) {
            return new Label(key, Kind.MESSAGE);
        }

        public static Label name(String name) {
            return new Label(name, Kind.NAME);
        }
    }

    /**
     * How a value is read: a count; a share between 0 and 1 (shown as a percentage); seconds (shown as
     * a duration); hours; points; an amount in the row's currency's minor units; a plain decimal (a
     * Gini figure, a sentiment score).
     */
    public enum Unit { COUNT, SHARE, SECONDS, HOURS, POINTS, MINOR_UNITS, DECIMAL }
}
