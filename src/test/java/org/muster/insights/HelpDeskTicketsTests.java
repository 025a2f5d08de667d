package org.muster.insights;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help desk's weekly ticket counts, imported by admins, beside the community's questions asked and
 * resolved. The support part writes {@code support.asked} and {@code support.resolved}; it is not on this
 * branch, so these tests write those daily totals themselves, as that part would, in a space of their own.
 * The weeks are in 2019, which no other test imports.
 */
class HelpDeskTicketsTests extends IntegrationTest {

    private static final LocalDate MARCH_4 = LocalDate.of(2019, 3, 4);

    private Http admin;
    private String space;
    private long spaceId;

    @BeforeEach
    void community() {
        admin = http.withToken(adminToken());
        space = "helpdesk-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Help desk " + space, "visibility", "public"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        spaceId = created.json().get("id").asLong();
    }

    @Test
    void ticketsPerWeekSitBesideQuestionsAskedAndResolvedInWholeWeeksOfThePeriod() {
        seed();
        var report = report("from=2019-03-04&to=2019-03-24&space=" + space);
        assertThat(report.get("period").get("from").asString()).isEqualTo("2019-03-04");
        assertThat(headlines(report.get("current"))).containsExactly(70.0, 10.0, 3.0, 1000.0);
        assertThat(rows(report.get("current"))).containsExactly(
                "2019-03-04 WEEK [40.0, 5.0, 2.0, 800.0]",
                "2019-03-11 WEEK [30.0, 2.0, 1.0, 1500.0]",
                // Not imported: unknown, not a week without tickets; its questions count, its ratio has nothing to divide.
                "2019-03-18 WEEK [null, 3.0, 0.0, null]");
        assertThat(headlines(report.get("previous"))).containsExactly(50.0, 10.0, 5.0, 500.0);
        var comparisons = report.get("comparisons");
        assertThat(comparisons.get(0).get("key").asString()).isEqualTo("insights.metric.help-desk-tickets.tickets");
        assertThat(comparisons.get(0).get("change").asDouble()).isEqualTo(20.0);
        assertThat(comparisons.get(3).get("change").asDouble()).isEqualTo(500.0);
        assertThat(report.get("messages").get("insights.metric.help-desk-tickets.per-hundred").asString())
                .isEqualTo("Tickets per 100 questions");
        assertThat(report.get("definition").asString()).contains("Tickets per 100 questions");
    }

    @Test
    void aTagNarrowsTheQuestionsButNotTheHelpDesksTickets() {
        seed();
        var report = report("from=2019-03-04&to=2019-03-24&space=" + space + "&tag=ipa");
        assertThat(headlines(report.get("current"))).containsExactly(70.0, 1.0, 0.0, 7000.0);
    }

    @Test
    void aPeriodWithoutAMondayHasNoWeekAndNothingToCompute() {
        seed();
        var report = report("from=2019-03-05&to=2019-03-10&space=" + space);
        assertThat(headlines(report.get("current"))).containsExactly(null, null, null, null);
        assertThat(report.get("current").get("rows").size()).isZero();
    }

    @Test
    void importingAWeekAgainReplacesItAndAnyDayOfTheWeekNamesIt() {
        seed();
        var again = admin.put("/api/v1/insights/help-desk-tickets", List.of(Map.of("week", "2019-03-10", "tickets", 45)));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("weeks").asInt()).isEqualTo(1);
        assertThat(headlines(report("from=2019-03-04&to=2019-03-24&space=" + space).get("current")).getFirst()).isEqualTo(75.0);
        assertThat(db.sql("select tickets from insight_help_desk_weeks where week = :w").param("w", Date.valueOf(MARCH_4))
                .query(Long.class).single()).isEqualTo(45L);
        assertThat(db.sql("select count(*) from domain_events where type = 'HelpDeskTicketsImported' and payload ->> 'firstWeek' = '2019-03-04'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsWritten() {
        var refused = admin.putRaw("/api/v1/insights/help-desk-tickets", "text/csv", """
                week,tickets
                2018-06-06,40
                not-a-date,3
                2018-06-13,-1
                2018-06-07,5
                x
                """);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("file");
        var messages = new ArrayList<String>();
        refused.json().get("errors").forEach(e -> messages.add(e.get("message").asString()));
        assertThat(messages).containsExactly(
                "Line 3: \u201Cnot-a-date\u201D is not a date; write it as 2026-11-30.",
                "Line 4: \u201C-1\u201D is not a number of tickets (a whole number, 0 or more).",
                "Line 5: this week is already on line 2.",
                "Line 6: write two values, week,tickets.");
        assertThat(db.sql("select count(*) from insight_help_desk_weeks where week between '2018-06-01' and '2018-06-30'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCsvWithAHeaderImportsAndAListNamesTheBadItem() {
        var csv = admin.putRaw("/api/v1/insights/help-desk-tickets", "text/csv", "\"week\",\"tickets\"\r\n2018-01-03,12\r\n\r\n2018-01-08,\"9\"\r\n");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.json().get("weeks").asInt()).isEqualTo(2);
        assertThat(db.sql("select tickets from insight_help_desk_weeks where week = '2018-01-08'").query(Long.class).single()).isEqualTo(9L);

        var list = admin.put("/api/v1/insights/help-desk-tickets", List.of(Map.of("week", "2018-01-15", "tickets", 1),
                Map.of("week", "2018-01-22")));
        assertThat(list.status()).as(list.body()).isEqualTo(400);
        assertThat(list.json().get("field").asString()).isEqualTo("[1].tickets");
        assertThat(db.sql("select count(*) from insight_help_desk_weeks where week = '2018-01-15'").query(Long.class).single()).isZero();
        assertThat(admin.put("/api/v1/insights/help-desk-tickets", List.of()).status()).isEqualTo(400);
    }

    @Test
    void anImportIsBoundedInWeeksAndSize() {
        var weeks = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 521; i++) weeks.add(Map.of("week", LocalDate.of(2000, 1, 3).plusWeeks(i).toString(), "tickets", 1));
        var tooMany = admin.put("/api/v1/insights/help-desk-tickets", weeks);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("detail").asString()).isEqualTo("At most 520 weeks at once.");
        var tooLarge = admin.putRaw("/api/v1/insights/help-desk-tickets", "text/csv", "2000-01-03,1\n" + " ".repeat(33 * 1024));
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("detail").asString()).isEqualTo("The file may be at most 32 KB.");
        assertThat(db.sql("select count(*) from insight_help_desk_weeks where week = '2000-01-03'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdminsImport() {
        var body = List.of(Map.of("week", "2017-05-01", "tickets", 3));
        assertThat(http.put("/api/v1/insights/help-desk-tickets", body).status()).isEqualTo(401);
        assertThat(http.withToken(memberWithRole("member")).put("/api/v1/insights/help-desk-tickets", body).status()).isEqualTo(403);
        assertThat(http.withToken(memberWithRole("staff")).put("/api/v1/insights/help-desk-tickets", body).status()).isEqualTo(403);
        assertThat(db.sql("select count(*) from insight_help_desk_weeks where week = '2017-05-01'").query(Long.class).single()).isZero();
    }

    @Test
    void anAdminUploadsTheCsvOnTheHelpDeskTabAndSeesEachBadLineBesideTheField() {
        var session = signedIn("admin");
        var page = session.get("/insights/help-desk");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Import ticket counts from your help desk");
        var bad = session.submitWithFile("/insights/help-desk", "/insights/help-desk/tickets", Map.of(), "file", "tickets.csv",
                "2016-02-03,4\n2016-02-10,four\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(200);
        var errors = org.jsoup.Jsoup.parse(bad.body()).select("form #file-error li").eachText();
        assertThat(errors).containsExactly("Line 2: \u201Cfour\u201D is not a number of tickets (a whole number, 0 or more).");
        var good = session.submitWithFile("/insights/help-desk", "/insights/help-desk/tickets", Map.of(), "file", "tickets.csv",
                "\uFEFFweek,tickets\n2016-02-03,4\n2016-02-10,6\n".getBytes(StandardCharsets.UTF_8));
        assertThat(good.status()).isEqualTo(302);
        assertThat(session.get(good.header("Location")).body()).contains("2 weeks imported.");
        assertThat(db.sql("select sum(tickets) from insight_help_desk_weeks where week in ('2016-02-01', '2016-02-08')")
                .query(Long.class).single()).isEqualTo(10L);
        var staffPage = signedIn("staff").get("/insights/help-desk");
        assertThat(staffPage.status()).isEqualTo(200);
        assertThat(staffPage.body()).doesNotContain("Import ticket counts from your help desk");
    }

    /** The weeks' tickets through the API, and the support part's daily totals as it would write them. */
    private void seed() {
        var imported = admin.put("/api/v1/insights/help-desk-tickets", List.of(
                Map.of("week", "2019-03-06", "tickets", 40), Map.of("week", "2019-03-17", "tickets", 30),
                Map.of("week", "2019-02-20", "tickets", 50)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        total("support.asked", "2019-03-05", "", 4);
        total("support.asked", "2019-03-10", "", 1);
        total("support.asked", "2019-03-12", "", 2);
        total("support.asked", "2019-03-24", "", 3);
        total("support.asked", "2019-03-25", "", 7);
        total("support.asked", "2019-02-19", "", 10);
        total("support.asked", "2019-03-05", "ipa", 1);
        total("support.resolved", "2019-03-05", "", 2);
        total("support.resolved", "2019-03-12", "", 1);
        total("support.resolved", "2019-02-19", "", 5);
    }

    private void total(String measure, String day, String tag, long value) {
        db.sql("insert into insight_days (measure, day, space_id, tag, value) values (:m, :d, :s, :t, :v)")
                .param("m", measure).param("d", Date.valueOf(day)).param("s", spaceId).param("t", tag).param("v", value).update();
    }

    private tools.jackson.databind.JsonNode report(String query) {
        var response = http.withToken(memberWithRole("staff")).get("/api/v1/insights/help-desk-tickets?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The tickets column, week by week. */
    private static List<Double> tickets(tools.jackson.databind.JsonNode figures) {
        var values = new ArrayList<Double>();
        figures.get("rows").forEach(r -> values.add(r.get("values").get(0).isNull() ? null : r.get("values").get(0).asDouble()));
        return values;
    }

    private static List<Double> headlines(tools.jackson.databind.JsonNode figures) {
        var values = new ArrayList<Double>();
        figures.get("headlines").forEach(h -> values.add(h.get("value").isNull() ? null : h.get("value").asDouble()));
        return values;
    }

    private static List<String> rows(tools.jackson.databind.JsonNode figures) {
        var rows = new ArrayList<String>();
        figures.get("rows").forEach(r -> {
            var values = new ArrayList<Double>();
            r.get("values").forEach(v -> values.add(v.isNull() ? null : v.asDouble()));
            rows.add(r.get("label").get("text").asString() + " " + r.get("label").get("kind").asString() + " "
                    + Arrays.toString(values.toArray()));
        });
        return rows;
    }

    private Http signedIn(String role) {
        var email = uniqueEmail("helpdesk-" + role);
        memberFixture().create(email, "Help desk " + role, role);
        var session = new Http("http://localhost:" + port);
        var login = session.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        return session;
    }
}
