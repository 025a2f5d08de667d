package org.muster.insights;

import jakarta.servlet.http.HttpServletResponse;
import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.Invalid;
import org.muster.platform.MusterException;
import org.muster.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The staff's dashboard: a tab per family of metrics, each metric's CSV, and the help desk's ticket import. */
@Controller
class InsightsPages {

    /** A family as its tab's address names it: {@code support}, {@code self-service}, {@code help-desk}. */
    record Tab(String slug, String titleKey) {

        static Tab of(Metric.Family family) {
            var slug = family.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return new Tab(slug, "insights.family." + slug);
        }

        Metric.Family family() {
            return Metric.Family.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private static final List<Tab> TABS = Arrays.stream(Metric.Family.values()).map(Tab::of).toList();

    private final Insights insights;
    private final ReportQueries queries;
    private final MetricViews views;
    private final MetricCsv csv;
    private final HelpDeskImport helpDesk;
    private final FigureFormats formats;

    InsightsPages(Insights insights, ReportQueries queries, MetricViews views, MetricCsv csv, HelpDeskImport helpDesk,
                  FigureFormats formats) {
        this.formats = formats;
        this.insights = insights;
        this.queries = queries;
        this.views = views;
        this.csv = csv;
        this.helpDesk = helpDesk;
    }

    @GetMapping("/insights")
    String dashboard(@ModelAttribute("query") ReportQuery query, BindingResult errors, Actor actor, Model model,
                     HttpServletResponse response) {
        return family(TABS.getFirst().slug(), query, errors, actor, model, response);
    }

    @GetMapping("/insights/{family}")
    String family(@PathVariable String family, @ModelAttribute("query") ReportQuery query, BindingResult errors, Actor actor,
                  Model model, HttpServletResponse response) {
        FormErrors.requireBuilt(query, errors);
        var tab = tab(family);
        ReportQueries.Choice choice = null;
        try {
            choice = queries.read(actor, query);
            model.addAttribute("metrics", insights.family(actor, tab.family().name(), choice.period(), choice.spaceId(), choice.tag())
                    .stream().map(views::of).toList());
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (choice == null) choice = queries.read(actor, ReportQuery.defaults());
        }
        return page(tab, choice, model);
    }

    @GetMapping(value = "/insights/{family}/{metric}.csv", produces = "text/csv")
    void csv(@PathVariable String family, @PathVariable String metric, @ModelAttribute("query") ReportQuery query,
             BindingResult errors, Actor actor, HttpServletResponse response) throws IOException {
        FormErrors.requireBuilt(query, errors);
        var tab = tab(family);
        var choice = queries.read(actor, query);
        var report = insights.report(actor, metric, choice.period(), choice.spaceId(), choice.tag());
        if (!report.family().equals(tab.family().name().toLowerCase(Locale.ROOT))) throw new NotFound();
        response.setContentType("text/csv; charset=utf-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"muster-" + metric + "-" + choice.period().from()
                + "-" + choice.period().to() + ".csv\"");
        csv.write(report.current(), response.getWriter());
    }

    @PostMapping("/insights/help-desk/tickets")
    String importTickets(@RequestParam(required = false) MultipartFile file, Actor actor, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (file != null && file.getSize() > HelpDeskImport.MOST_CHARACTERS * 4L)
                throw new Invalid("file", "insights.help-desk.too-large", HelpDeskImport.MOST_CHARACTERS / 1024);
            int weeks = helpDesk.importCsv(actor, text(file));
            Done.tell(redirect, "insights.help-desk.imported", weeks);
            return "redirect:/insights/help-desk";
        } catch (Invalid refused) {
            model.addAttribute("importErrors", refused.each());
            var tab = tab("help-desk");
            var choice = queries.read(actor, ReportQuery.defaults());
            model.addAttribute("query", ReportQuery.defaults());
            model.addAttribute("metrics", insights.family(actor, tab.family().name(), choice.period(), null, null)
                    .stream().map(views::of).toList());
            return page(tab, choice, model);
        }
    }

    private String page(Tab tab, ReportQueries.Choice choice, Model model) {
        model.addAttribute("tabs", TABS);
        model.addAttribute("tab", tab);
        model.addAttribute("choice", choice);
        model.addAttribute("showing", formats.period(choice.period()));
        model.addAttribute("presets", ReportQueries.PRESETS.stream().sorted().toList());
        return "insights/dashboard";
    }

    private static Tab tab(String slug) {
        return TABS.stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow(NotFound::new);
    }

    private static String text(MultipartFile file) {
        try {
            if (file == null || file.isEmpty()) return null;
            var text = new String(file.getBytes(), StandardCharsets.UTF_8);
            // Spreadsheets often save CSV with a byte-order mark, which is not part of the first week.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
