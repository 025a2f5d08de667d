package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly summary: to staff only, once a week, with the figures Insights gives that member. */
class WeeklySummaryTests extends IntegrationTest {

    @Autowired
    WeeklySummary summary;

    @Autowired
    Insights insights;

    private final String token = "ws" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void staffGetTheWeeksHeadlinesOnceAndMembersAndModeratorsNothing() {
        var staffEmail = uniqueEmail("staff");
        long staffId = memberFixture().create(staffEmail, "Staff Reader", "staff");
        var memberEmail = uniqueEmail("member");
        memberFixture().create(memberEmail, "Plain Member", "member");
        var moderatorEmail = uniqueEmail("moderator");
        memberFixture().create(moderatorEmail, "Mod Erator", "moderator");
        flagAQuestion();
        awaitFeed("insights.moderation");

        // A week from now, the week that holds today is the one just ended.
        var now = Instant.now().plus(Duration.ofDays(7));
        var monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var week = new Period(monday, monday.plusDays(6));
        assertThat(summary.sendDue(now)).isPositive();
        assertThat(summary.sendDue(now)).as("a second round, or a second node, sends nothing again").isZero();

        var subject = "Community insights, " + week.from() + " to " + week.to();
        assertThat(mailsTo(staffEmail, subject)).isEqualTo(1);
        assertThat(mailsTo(memberEmail, subject)).isZero();
        assertThat(mailsTo(moderatorEmail, subject)).isZero();

        var mail = awaitMail(staffEmail, subject);
        var moderation = insights.report(new Actor(staffId, Role.STAFF, "Staff Reader", ZoneOffset.UTC), "moderation",
                week, null, null).current();
        long flags = Math.round(moderation.headline("insights.metric.moderation.flags").value());
        assertThat(flags).isPositive();
        assertThat(mail).contains("Moderation incidents and flag outcomes", "- Flags raised: " + String.format("%,d", flags)
                + " (the week before: ", "/insights?from=" + week.from() + "&to=" + week.to(), "because you are staff");

        // The week after is empty: every figure this week had falls by all of it.
        var next = new Period(week.from().plusDays(7), week.to().plusDays(7));
        assertThat(summary.sendDue(now.plus(Duration.ofDays(7)))).isPositive();
        var after = awaitMail(staffEmail, "Community insights, " + next.from() + " to " + next.to());
        assertThat(after).contains("What changed most:").containsPattern("(?m)^- .+, .+: 0 \\(-100% from .+\\)$");
    }

    @Test
    void whatChangedMostIsTheLargestRelativeChangesLeavingOutFiguresWithoutABase() {
        var lines = List.of(
                new WeeklySummary.Line("m", "doubled", "20.0", "10.0", 1.0),
                new WeeklySummary.Line("m", "halved", "5.0", "10.0", -0.5),
                new WeeklySummary.Line("m", "from-nothing", "7.0", "0.0", null),
                new WeeklySummary.Line("m", "same", "3.0", "3.0", 0.0),
                new WeeklySummary.Line("n", "tenth-more", "0.55", "0.5", 0.1),
                new WeeklySummary.Line("n", "slightly", "0.505", "0.5", 0.01));
        var changed = WeeklySummary.mostChanged(List.of(new WeeklySummary.Section("m", lines.subList(0, 4)),
                new WeeklySummary.Section("n", lines.subList(4, 6))));
        assertThat(changed).extracting(WeeklySummary.Line::key).containsExactly("doubled", "halved", "tenth-more");
    }

    private long mailsTo(String address, String subject) {
        return db.sql("select count(*) from mails where recipient = :to and subject = :subject")
                .param("to", address).param("subject", subject).query(Long.class).single();
    }

    private void flagAQuestion() {
        var admin = http.withToken(adminToken());
        var space = "summary-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Summary " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router"))))).status()).isEqualTo(201);
        var asked = http.withToken(memberWithRole("member", "Asker")).post("/api/v1/questions", Map.of("space", space,
                "tags", List.of("router"), "title", "Router blinks orange all day " + token,
                "body", "It started after the last firmware update; details below. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Http flagger = http.withToken(memberWithRole("member", "Flagger"));
        assertThat(flagger.post("/api/v1/posts/" + asked.json().get("id").asLong() + "/flags", Map.of("reason", "wrong"))
                .status()).isEqualTo(201);
    }
}
