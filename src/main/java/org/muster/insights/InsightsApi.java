package org.muster.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Insights")
class InsightsApi {

    /** A metric the caller may ask for. */
    record MetricJson(String name, String family, String chart, boolean bySpace, boolean byTag, String title) {
    }

    /**
     * A metric over a period and the period before, with its title and definition and the text of every
     * message key its figures use, in the caller's language.
     */
    record ReportJson(String metric, String title, String definition, String family, String chart, boolean bySpace,
                      boolean byTag, Period period, Period previousPeriod, String space, String tag, Figures current,
                      Figures previous, List<ComparisonJson> comparisons, Map<String, String> messages) {
    }

    /** A headline now and before; {@code change} is now minus before, in the headline's unit. */
    record ComparisonJson(String key, Figures.Unit unit, Double current, Double previous, Double change) {
    }

    record Imported(int weeks) {
    }

    private final Insights insights;
    private final ReportQueries queries;
    private final FigureFormats formats;
    private final HelpDeskImport helpDesk;

    InsightsApi(Insights insights, ReportQueries queries, FigureFormats formats, HelpDeskImport helpDesk) {
        this.insights = insights;
        this.queries = queries;
        this.formats = formats;
        this.helpDesk = helpDesk;
    }

    @GetMapping("/api/v1/insights")
    @Operation(summary = "Staff: every metric, in dashboard order: name, family, chart (line, bar, funnel), whether a space "
            + "or tag narrows it, and its title in the caller's language")
    List<MetricJson> list(Actor actor) {
        return insights.metrics(actor).stream().map(m -> new MetricJson(m.name(), m.family(), m.chart(), m.bySpace(),
                m.byTag(), formats.text("insights.metric." + m.name()))).toList();
    }

    @GetMapping("/api/v1/insights/{metric}")
    @Operation(summary = "Staff: one metric over from..to (ISO dates, both included, UTC days; default the last 30 days "
            + "ending today, or the last days=7|30|90|365) and the period of the same length before it; space is a space's "
            + "slug (default every space the caller may see), tag a tag name (default all). Unknown metric or a space the "
            + "caller may not see: 404")
    ReportJson report(@PathVariable String metric, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String days,
                      @RequestParam(required = false) String space, @RequestParam(required = false) String tag, Actor actor) {
        var choice = queries.read(actor, new ReportQuery(days, from, to, space, tag));
        var report = insights.report(actor, metric, choice.period(), choice.spaceId(), choice.tag());
        var comparisons = report.comparisons().stream().map(c -> new ComparisonJson(c.current().key(), c.current().unit(),
                c.current().value(), c.previous() == null ? null : c.previous().value(), c.change())).toList();
        return new ReportJson(report.metric(), formats.text("insights.metric." + report.metric()),
                formats.text("insights.metric." + report.metric() + ".definition"), report.family(), report.chart(),
                report.bySpace(), report.byTag(), report.period(), report.previousPeriod(),
                choice.space() == null ? null : choice.space().slug(), report.tag(), report.current(), report.previous(),
                comparisons, messages(report));
    }

    @PutMapping(value = "/api/v1/insights/help-desk-tickets", consumes = "application/json")
    @Operation(summary = "Admins: import the help desk's weekly ticket counts, [{week, tickets}]: week is any date in the ISO "
            + "week (kept as its Monday), a week imported before is replaced; nothing is written while any item is wrong")
    Imported importWeeks(@RequestBody List<HelpDeskImport.WeekTickets> weeks, Actor actor) {
        return new Imported(helpDesk.importWeeks(actor, weeks));
    }

    @PutMapping(value = "/api/v1/insights/help-desk-tickets", consumes = "text/csv")
    @Operation(summary = "Admins: the same import as CSV lines week,tickets (a header line of those words may come first); "
            + "each wrong line is reported with its number")
    Imported importCsv(@RequestBody String csv, Actor actor) {
        return new Imported(helpDesk.importCsv(actor, csv));
    }

    /** The text of each message key the report's figures use: headlines, columns and labels that are messages. */
    private Map<String, String> messages(MetricReport report) {
        var texts = new LinkedHashMap<String, String>();
        for (var figures : List.of(report.current(), report.previous())) {
            figures.headlines().forEach(h -> texts.computeIfAbsent(h.key(), formats::text));
            figures.columns().forEach(c -> texts.computeIfAbsent(c.key(), formats::text));
            figures.rows().stream().filter(r -> r.label().kind() == Figures.Label.Kind.MESSAGE)
                    .forEach(r -> texts.computeIfAbsent(r.label().text(), formats::text));
        }
        return texts;
    }
}
