package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The insights API: staff only, problem details naming the field, and the metrics in the OpenAPI document. */
class InsightsApiTests extends IntegrationTest {

    @Test
    void theMetricsAreListedForStaffOnly() {
        assertThat(http.get("/api/v1/insights").status()).isEqualTo(401);
        assertThat(http.withToken(memberWithRole("member")).get("/api/v1/insights").status()).isEqualTo(403);
        var list = http.withToken(memberWithRole("staff")).get("/api/v1/insights");
        assertThat(list.status()).isEqualTo(200);
        var found = false;
        for (var metric : list.json()) {
            if (!metric.get("name").asString().equals("help-desk-tickets")) continue;
            found = true;
            assertThat(metric.get("family").asString()).isEqualTo("help_desk");
            assertThat(metric.get("chart").asString()).isEqualTo("line");
            assertThat(metric.get("bySpace").asBoolean()).isTrue();
            assertThat(metric.get("title").asString()).isEqualTo("Help-desk tickets beside community questions");
        }
        assertThat(found).isTrue();
    }

    @Test
    void withoutDatesAReportCoversTheLast30DaysEndingTodayAndTheirPrevious30() {
        var staff = http.withToken(memberWithRole("staff"));
        var today = LocalDate.now(ZoneOffset.UTC);
        var report = staff.get("/api/v1/insights/help-desk-tickets");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("period").get("to").asString()).isEqualTo(today.toString());
        assertThat(report.json().get("period").get("from").asString()).isEqualTo(today.minusDays(29).toString());
        assertThat(report.json().get("previousPeriod").get("to").asString()).isEqualTo(today.minusDays(30).toString());
        assertThat(report.json().get("title").asString()).isEqualTo("Help-desk tickets beside community questions");
        var week = staff.get("/api/v1/insights/help-desk-tickets?days=7");
        assertThat(week.json().get("period").get("from").asString()).isEqualTo(today.minusDays(6).toString());
        var onlyFrom = staff.get("/api/v1/insights/help-desk-tickets?from=" + today.minusDays(9));
        assertThat(onlyFrom.json().get("period").get("to").asString()).isEqualTo(today.toString());
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        var staff = http.withToken(memberWithRole("staff"));
        assertField(staff.get("/api/v1/insights/help-desk-tickets?from=2019-02-30"), "from");
        assertField(staff.get("/api/v1/insights/help-desk-tickets?to=yesterday"), "to");
        assertField(staff.get("/api/v1/insights/help-desk-tickets?from=2019-03-10&to=2019-03-01"), "to");
        assertField(staff.get("/api/v1/insights/help-desk-tickets?from=2010-01-01&to=2019-03-01"), "to");
        assertField(staff.get("/api/v1/insights/help-desk-tickets?days=12"), "days");
        assertField(staff.get("/api/v1/insights/help-desk-tickets?tag=%21%21"), "tag");
        assertThat(staff.get("/api/v1/insights/no-such-metric").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/insights/help-desk-tickets?space=no-such-space").status()).isEqualTo(404);
    }

    @Test
    void visitorsAndMembersLearnNothingFromTheirInput() {
        assertThat(http.get("/api/v1/insights/help-desk-tickets?from=nonsense").status()).isEqualTo(401);
        var member = http.withToken(memberWithRole("member"));
        assertThat(member.get("/api/v1/insights/help-desk-tickets?from=nonsense").status()).isEqualTo(403);
        assertThat(member.get("/api/v1/insights/no-such-metric").status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheInsightsApi() {
        var paths = http.get("/api/v1/openapi.json").json().get("paths");
        assertThat(paths.get("/api/v1/insights").has("get")).isTrue();
        assertThat(paths.get("/api/v1/insights/{metric}").get("get").get("summary").asString()).contains("from..to");
        assertThat(paths.get("/api/v1/insights/help-desk-tickets").has("put")).isTrue();
    }

    private static void assertField(org.muster.Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).as(response.body()).isEqualTo(field);
    }
}
