package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An import brings no event per post: its questions still count, on the days they were asked there. */
class SupportInsightsImportTests extends IntegrationTest {

    private static final List<String> METRICS = List.of("first-response", "resolution", "unanswered", "escalation-rate",
            "staff-intervention", "peer-vs-staff", "retention");

    @Autowired
    private Insights insights;
    @Autowired
    private SupportFacts facts;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void importedQuestionsCountOnTheirOwnDaysAndARebuildAgrees() {
        var space = beerImport().space();
        // The feed's subscribers take the import's questions one after the other, which can outlast one awaitFeed on a loaded machine.
        for (int attempt = 1; ; attempt++) {
            try {
                awaitFeed("insights.support");
                break;
            } catch (AssertionError slow) {
                if (attempt == 15) throw slow;
            }
        }
        long spaceId = http.get("/api/v1/spaces/" + space).json().get("id").asLong();
        // The import's own last question: other tests ask in this space today, which would move the period off the import.
        var last = db.sql("""
                select max(created_at) from posts
                where space_id = :s and kind = 'question' and deleted_at is null and source is not null""")
                .param("s", spaceId).query(Timestamp.class).single().toInstant();
        var period = Period.endingOn(LocalDate.ofInstant(last, ZoneOffset.UTC), Period.LONGEST_DAYS);
        long live = db.sql("""
                select count(*) from posts where space_id = :s and kind = 'question' and deleted_at is null
                   and created_at >= :from and created_at < :to""")
                .param("s", spaceId).param("from", Timestamp.from(period.start())).param("to", Timestamp.from(period.end()))
                .query(Long.class).single();
        assertThat(live).isPositive();

        var admin = new Actor(http.withToken(adminToken()).get("/api/v1/me").json().get("id").asLong(), Role.ADMIN, "Admin",
                ZoneOffset.UTC);
        var escalation = insights.report(admin, "escalation-rate", period, spaceId, null).current();
        // The share's denominator is every live question asked in the period, read from its posts' own dates.
        assertThat(escalation.rows().stream().mapToDouble(row -> row.values().get(1)).sum()).isZero();
        var asked = db.sql("""
                select coalesce(sum(value), 0) from insight_days
                where measure = 'support.asked' and tag = '' and space_id = :s and day between :from and :to""")
                .param("s", spaceId).param("from", java.sql.Date.valueOf(period.from())).param("to", java.sql.Date.valueOf(period.to()))
                .query(Long.class).single();
        assertThat(asked).isEqualTo(live);
        var resolution = insights.report(admin, "resolution", period, spaceId, null).current();
        assertThat(resolution.headline("insights.metric.resolution.rate").value()).isBetween(0.0, 1.0);
        assertThat(insights.report(admin, "first-response", period, spaceId, null).current()
                .headline("insights.metric.first-response.median").value()).isPositive();

        var before = new HashMap<String, Figures>();
        METRICS.forEach(name -> before.put(name, insights.report(admin, name, period, spaceId, null).current()));
        transaction.executeWithoutResult(status -> facts.rebuild(done -> {
        }));
        METRICS.forEach(name -> assertThat(insights.report(admin, name, period, spaceId, null).current()).as(name)
                .isEqualTo(before.get(name)));
    }
}
