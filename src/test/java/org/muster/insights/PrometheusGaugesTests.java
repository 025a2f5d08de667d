package org.muster.insights;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline gauges at /actuator/prometheus: for admins only, counted by each module, at most a minute old. */
class PrometheusGaugesTests extends IntegrationTest {

    @Autowired
    HeadlineGauges gauges;

    private final String token = "pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void visitorsMembersAndStaffAreRefused() {
        assertThat(http.get("/actuator/prometheus").status()).isIn(401, 302);
        assertThat(http.withToken(memberWithRole("member")).get("/actuator/prometheus").status()).isIn(401, 403);
        assertThat(http.withToken(memberWithRole("staff")).get("/actuator/prometheus").status()).isIn(401, 403);
    }

    @Test
    void anAdminsScrapeShowsEachModulesCountsAtMostAMinuteOld() {
        var admin = http.withToken(adminToken());
        var space = "gauges-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Gauges " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router"))))).status()).isEqualTo(201);
        gauges.count();
        var before = scrape(admin);

        var asker = http.withToken(memberWithRole("member", "Asker"));
        var helper = http.withToken(memberWithRole("member", "Helper"));
        var flagger = http.withToken(memberWithRole("member", "Flagger"));
        long unanswered = ask(asker, space, "Router drops the guest network at noon " + token);
        long answered = ask(asker, space, "Router forgets its password after updates " + token);
        assertThat(helper.post("/api/v1/questions/" + answered + "/answers",
                Map.of("body", "Reset it from the admin page, then update the firmware again.")).status()).isEqualTo(201);
        assertThat(flagger.post("/api/v1/posts/" + unanswered + "/flags", Map.of("reason", "off-topic")).status()).isEqualTo(201);
        assertThat(asker.post("/api/v1/questions/" + unanswered + "/escalate", Map.of()).status()).isEqualTo(201);

        assertThat(scrape(admin)).as("a scrape within the minute reads the counts it kept").isEqualTo(before);
        gauges.count();
        var after = scrape(admin);
        assertThat(after.get("muster_questions_unanswered")).isEqualTo(before.get("muster_questions_unanswered") + 1);
        assertThat(after.get("muster_reviews_open")).isEqualTo(before.get("muster_reviews_open") + 1);
        assertThat(after.get("muster_tickets_open")).isEqualTo(before.get("muster_tickets_open") + 1);
        for (var outbox : List.of("muster_mail_outbox", "muster_webhooks_outbox{kind=\"event-hooks\"}",
                "muster_webhooks_outbox{kind=\"help-desk\"}"))
            assertThat(after.get(outbox)).as(outbox).isNotNull().isNotNegative();
    }

    private long ask(Http who, String space, String title) {
        var asked = who.post("/api/v1/questions", Map.of("space", space, "tags", List.of("router"), "title", title,
                "body", "It started after the last firmware update; details below. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    /** Muster's gauges by name (with their labels) from a scrape. */
    private static Map<String, Double> scrape(Http admin) {
        var scraped = admin.get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        var values = new java.util.TreeMap<String, Double>();
        var line = Pattern.compile("(?m)^(muster_\\w+(?:\\{[^}]*})?) (\\S+)$").matcher(scraped.body());
        while (line.find()) values.put(line.group(1).replace(",}", "}"), Double.parseDouble(line.group(2)));
        return values;
    }
}
