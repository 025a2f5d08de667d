package org.muster.insights;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A metric's report as the dashboard shows it: words and numbers in the reader's language, and its chart's data. */
@Component
class MetricViews {

    /** One metric on the dashboard; {@code chartData} is the JSON its chart script draws from. */
    record MetricView(String name, String title, String definition, String chart, boolean bySpace, boolean byTag,
                      List<HeadlineView> headlines, List<String> columns, List<RowView> rows, String chartData) {
    }

    /** A headline now, in the previous period, and the change; {@code direction} is up, down or same (null without a change). */
    record HeadlineView(String label, String current, String previous, String change, String direction) {
    }

    record RowView(String label, List<String> values) {
    }

    private final FigureFormats formats;
    private final JsonMapper json;

    MetricViews(FigureFormats formats, JsonMapper json) {
        this.formats = formats;
        this.json = json;
    }

    MetricView of(MetricReport report) {
        var current = report.current();
        var currency = headlineCurrency(current);
        var headlines = report.comparisons().stream().map(c -> {
            var unit = c.current().unit();
            var change = c.change();
            return new HeadlineView(formats.text(c.current().key()), formats.value(c.current().value(), unit, currency),
                    c.previous() == null ? "" : formats.value(c.previous().value(), unit, headlineCurrency(report.previous())),
                    formats.change(change, unit, currency),
                    change == null ? null : change > 0 ? "up" : change < 0 ? "down" : "same");
        }).toList();
        var columns = current.columns().stream().map(c -> formats.text(c.key())).toList();
        var rows = current.rows().stream().map(row -> {
            var values = new ArrayList<String>();
            for (int i = 0; i < current.columns().size(); i++)
                values.add(formats.value(i < row.values().size() ? row.values().get(i) : null, current.columns().get(i).unit(), row.currency()));
            return new RowView(formats.label(row.label()), values);
        }).toList();
        return new MetricView(report.metric(), formats.text("insights.metric." + report.metric()),
                formats.text("insights.metric." + report.metric() + ".definition"), report.chart(), report.bySpace(),
                report.byTag(), headlines, columns, rows, chartData(report.chart(), current, rows));
    }

    /** The labels and one series per column, in the units a chart's axis reads (percent, hours, major units). */
    private String chartData(String chart, Figures figures, List<RowView> rows) {
        var series = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < figures.columns().size(); i++) {
            var column = figures.columns().get(i);
            var values = new ArrayList<Double>();
            for (var row : figures.rows())
                values.add(FigureFormats.chartValue(i < row.values().size() ? row.values().get(i) : null, column.unit(), row.currency()));
            var one = new LinkedHashMap<String, Object>();
            one.put("name", formats.text(column.key()));
            one.put("axis", formats.text("insights.axis." + column.unit().name().toLowerCase(java.util.Locale.ROOT)));
            one.put("values", values);
            series.add(one);
        }
        return json.writeValueAsString(Map.of("type", chart, "labels", rows.stream().map(RowView::label).toList(), "series", series));
    }

    /** The currency of a money headline: the rows' one currency, or none when they mix several. */
    private static String headlineCurrency(Figures figures) {
        var currencies = figures.rows().stream().map(Figures.Row::currency).filter(Objects::nonNull).distinct().toList();
        return currencies.size() == 1 ? currencies.getFirst() : null;
    }
}
