package org.muster.insights;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's dashboard and its CSV downloads, over a small community of one space whose help-desk
 * weeks (in 2015, which no other test imports) and support totals the test writes as the support part would.
 */
class InsightsDashboardTests extends IntegrationTest {

    @Autowired
    MetricCsv csv;

    @Autowired
    JsonMapper json;

    private String space;
    private Http staff;

    @BeforeEach
    void community() {
        var admin = http.withToken(adminToken());
        space = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Dashboard " + space, "visibility", "public"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long spaceId = created.json().get("id").asLong();
        assertThat(admin.put("/api/v1/insights/help-desk-tickets", List.of(Map.of("week", "2015-03-02", "tickets", 40),
                Map.of("week", "2015-03-09", "tickets", 30), Map.of("week", "2015-02-16", "tickets", 50))).status()).isEqualTo(200);
        for (var cell : List.of(List.of("support.asked", "2015-03-03", 5), List.of("support.asked", "2015-03-10", 2),
                List.of("support.asked", "2015-03-16", 3), List.of("support.resolved", "2015-03-03", 2),
                List.of("support.resolved", "2015-03-10", 1), List.of("support.asked", "2015-02-17", 10),
                List.of("support.resolved", "2015-02-17", 5)))
            db.sql("insert into insight_days (measure, day, space_id, tag, value) values (:m, :d, :s, '', :v)")
                    .param("m", cell.get(0)).param("d", Date.valueOf((String) cell.get(1))).param("s", spaceId)
                    .param("v", ((Integer) cell.get(2)).longValue()).update();
        staff = signedIn("staff");
    }

    @Test
    void aVisitorIsSentToSignInAndAMemberIsRefused() {
        var visitor = http.get("/insights");
        assertThat(visitor.status()).isEqualTo(302);
        assertThat(visitor.header("Location")).endsWith("/login");
        assertThat(http.get("/insights/help-desk/help-desk-tickets.csv").status()).isEqualTo(302);
        var member = signedIn("member");
        assertThat(member.get("/insights").status()).isEqualTo(403);
        assertThat(member.get("/insights/help-desk?from=nonsense").status()).isEqualTo(403);
        assertThat(member.get("/insights/help-desk/help-desk-tickets.csv").status()).isEqualTo(403);
    }

    @Test
    void staffSeeATabPerFamilyAndEachMetricWithItsDefinitionHeadlinesChangeChartAndTable() {
        var page = staff.get("/insights/help-desk?days=&from=2015-03-02&to=2015-03-22&space=" + space);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("nav.tabs a").eachText()).containsExactly("Support", "Community health", "Self-service",
                "Help desk", "Peer army", "Cohorts");
        assertThat(html.select("nav.tabs a[aria-current=page]").text()).isEqualTo("Help desk");
        assertThat(html.select("header nav a[href=/insights]").text()).isEqualTo("Insights");
        var metric = html.selectFirst("#metric-help-desk-tickets");
        assertThat(metric.selectFirst("h2").text()).isEqualTo("Help-desk tickets beside community questions");
        assertThat(metric.select(".definition p").first().text()).startsWith("Tickets: the weekly counts an admin imported");
        var tickets = metric.select(".headline").first();
        assertThat(tickets.select("dt").text()).isEqualTo("Tickets");
        assertThat(tickets.select("strong").text()).isEqualTo("70");
        assertThat(tickets.select(".change").text()).isEqualTo("\u25B2 +20");
        assertThat(tickets.select(".previous").text()).isEqualTo("before: 50");
        var table = metric.selectFirst("table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Help-desk tickets beside community questions, over the chosen period");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Day, week or item", "Tickets", "Questions asked",
                "Questions resolved", "Tickets per 100 questions");
        assertThat(table.select("tbody th[scope=row]")).hasSize(3);
        assertThat(table.select("tbody tr").get(0).select("td").stream().map(org.jsoup.nodes.Element::text)).containsExactly("40", "5", "2", "800");
        assertThat(table.select("tbody tr").get(2).select("td").stream().map(org.jsoup.nodes.Element::text)).containsExactly("", "3", "0", "");
        var chart = json.readTree(metric.selectFirst("[data-chart]").attr("data-chart"));
        assertThat(chart.get("type").asString()).isEqualTo("line");
        assertThat(chart.get("labels").size()).isEqualTo(3);
        assertThat(chart.get("series").get(0).get("values").toString()).isEqualTo("[40.0,30.0,null]");
        assertThat(metric.selectFirst("a[download]").attr("href"))
                .isEqualTo("/insights/help-desk/help-desk-tickets.csv?from=2015-03-02&to=2015-03-22&space=" + space + "&tag=");
        var scripts = html.select("main script[src]").eachAttr("src");
        assertThat(scripts).hasSize(2).anyMatch(src -> src.startsWith("/webjars/echarts/"));
        for (var src : scripts) assertThat(staff.get(src).status()).as(src).isEqualTo(200);
    }

    @Test
    void daysWeeksAndNumbersAreWrittenAsTheReadersLocaleWritesThem() {
        // No German bundle: English words, written as in Germany (day before month, a point between thousands).
        var german = staff.withHeaders(Map.of("Accept-Language", "de-DE"));
        var page = Jsoup.parse(german.get("/insights/help-desk?days=&from=2015-03-02&to=2015-03-22&space=" + space).body());
        var rows = page.select("#metric-help-desk-tickets tbody tr");
        assertThat(rows.get(1).selectFirst("th").text()).isEqualTo("Week of 9 Mar 2015");
        assertThat(rows.get(1).select("td").last().text()).isEqualTo("1.500");
        assertThat(page.select("p.muted").first().text()).startsWith("2 Mar 2015 to 22 Mar 2015 (21 days)");
    }

    @Test
    void theDefaultTabIsSupportOverTheLast30Days() {
        var page = Jsoup.parse(staff.get("/insights").body());
        assertThat(page.select("nav.tabs a[aria-current=page]").text()).isEqualTo("Support");
        assertThat(page.select("#days option[selected]").attr("value")).isEqualTo("30");
    }

    @Test
    void badInputIsShownBesideItsFieldNeverAsAnErrorPage() {
        assertError("/insights/help-desk?days=&from=2015-02-30", "#from-error", "Write a date as 2026-11-30, between 1970 and 9999.");
        assertError("/insights/help-desk?days=&from=1969-12-31", "#from-error", "Write a date as 2026-11-30, between 1970 and 9999.");
        // A year that LocalDate reads but no SQL date holds, and a period long enough to wrap a count of days.
        assertError("/insights/help-desk?days=&from=2026-01-01&to=%2B999999999-12-31", "#to-error",
                "Write a date as 2026-11-30, between 1970 and 9999.");
        assertError("/insights/help-desk?days=&from=2015-03-10&to=2015-03-01", "#to-error", "The last day must be on or after the first.");
        assertError("/insights/help-desk?days=&from=2010-01-01&to=2015-03-01", "#to-error", "A period may be at most 1,098 days long.");
        assertError("/insights/help-desk?days=12", "#days-error", "Choose one of the periods offered, or Custom dates.");
        assertError("/insights/help-desk?tag=%21%21", "#tag-error", null);
        assertThat(staff.get("/insights/help-desk?space=no-such-space").status()).isEqualTo(404);
        assertThat(staff.get("/insights/no-such-family").status()).isEqualTo(404);
    }

    @Test
    void aPresetWinsOverTheDatesTheFormStillShows() {
        var page = Jsoup.parse(staff.get("/insights/help-desk?days=7&from=2015-03-02&to=2015-03-22").body());
        assertThat(page.select("#days option[selected]").attr("value")).isEqualTo("7");
        assertThat(page.select("#metric-help-desk-tickets a[download]").attr("href")).doesNotContain("from=2015-03-02");
    }

    @Test
    void theCsvHasTheTablesRowsWithHeadersInTheReadersLanguageAndPlainNumbers() {
        var download = staff.get("/insights/help-desk/help-desk-tickets.csv?from=2015-03-02&to=2015-03-22&space=" + space);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        assertThat(download.header("Content-Disposition")).contains("muster-help-desk-tickets-2015-03-02-2015-03-22.csv");
        assertThat(download.body()).isEqualTo("""
                Week (Monday),Tickets,Questions asked,Questions resolved,Tickets per 100 questions\r
                2015-03-02,40,5,2,800\r
                2015-03-09,30,2,1,1500\r
                2015-03-16,,3,0,\r
                """);
        assertThat(staff.get("/insights/support/help-desk-tickets.csv").status()).isEqualTo(404);
        assertThat(staff.get("/insights/help-desk/no-such-metric.csv").status()).isEqualTo(404);
        assertThat(staff.get("/insights/help-desk/help-desk-tickets.csv?from=2015-13-01").status()).isEqualTo(400);
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefusedWhileNumbersStayNumbers() {
        var figures = new Figures(List.of(), List.of(new Figures.Column("insights.metric.help-desk-tickets.per-hundred", Figures.Unit.DECIMAL),
                new Figures.Column("insights.metric.help-desk-tickets.tickets", Figures.Unit.MINOR_UNITS)),
                List.of(new Figures.Row(Figures.Label.name("=HYPERLINK(\"http://evil\")"), List.of(-0.5, 1250.0), "EUR")));
        var out = new StringWriter();
        csv.write(figures, new PrintWriter(out));
        assertThat(out.toString()).isEqualTo("Name,Tickets per 100 questions,Tickets (amount),Currency\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",-0.5,12.5,EUR\r\n");
    }

    private void assertError(String path, String error, String message) {
        var response = staff.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        var page = Jsoup.parse(response.body());
        var shown = page.selectFirst("form " + error);
        assertThat(shown).as(path + " shows " + error).isNotNull();
        if (message != null) assertThat(shown.text()).isEqualTo(message);
        assertThat(page.select(".metric")).isEmpty();
    }

    private Http signedIn(String role) {
        var email = uniqueEmail("dash-" + role);
        memberFixture().create(email, "Dashboard " + role, role);
        var session = new Http("http://localhost:" + port);
        var login = session.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        return session;
    }
}
