package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The response-time ladder: settings, the round with time moved forward, each step's owner, the timeline. */
class LadderTests extends IntegrationTest {

    @Autowired
    LadderClimbs climbs;

    private final String token = "zl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Http admin;
    private String space;

    @BeforeEach
    void space() {
        admin = http.withToken(adminToken());
        space = "ladder-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Ladder " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("hops", "yeast" + token)))))
                .status()).isEqualTo(201);
    }

    @Test
    void anUnansweredQuestionClimbsStepByStepEachOnceAndEscalatesOnce() {
        setLadder(4, 12, 24, 48);
        var champion = http.withToken(memberWithRole("champion", "Cara Champion"));
        long championId = idOf(champion);
        assertThat(admin.put("/api/v1/moderation/champions/" + championId + "/tags", List.of("yeast" + token)).status()).isEqualTo(200);
        var otherChampion = http.withToken(memberWithRole("champion", "Olle Offtopic"));
        admin.put("/api/v1/moderation/champions/" + idOf(otherChampion) + "/tags", List.of("lager-" + token));
        var staff = http.withToken(memberWithRole("staff", "Stella Staff"));
        var asker = member("Asker");
        long question = ask(asker, "My starter never gets going " + token, "yeast" + token);
        var asked = Instant.now();

        climb(asked.plus(Duration.ofHours(3)));
        assertThat(steps(question)).isEmpty();
        climb(asked.plus(Duration.ofHours(5)));
        assertThat(steps(question)).containsExactly("MORE_PEERS");
        climb(asked.plus(Duration.ofHours(13)));
        awaitFeed("routing.ladder");
        assertThat(steps(question)).containsExactly("MORE_PEERS", "CHAMPIONS");
        assertThat(routed(championId, question)).isEqualTo(1);
        assertThat(routed(idOf(otherChampion), question)).isZero();
        assertThat(staff.get("/staff/waiting").body()).doesNotContain(token);

        climb(asked.plus(Duration.ofHours(25)));
        awaitFeed("routing.ladder");
        assertThat(routed(idOf(staff), question)).isEqualTo(1);
        var waiting = staff.get("/api/v1/staff/waiting").json();
        assertThat(waiting.toString()).contains("My starter never gets going " + token);
        assertThat(staff.get("/staff/waiting").body()).contains("My starter never gets going " + token);
        assertThat(tickets(staff)).isZero();

        climb(asked.plus(Duration.ofHours(49)));
        climb(asked.plus(Duration.ofHours(50)));
        awaitFeed("routing.ladder");
        assertThat(steps(question)).containsExactly("MORE_PEERS", "CHAMPIONS", "STAFF_QUEUE", "ESCALATION");
        assertThat(tickets(staff)).isEqualTo(1);
        assertThat(routed(championId, question)).isEqualTo(1);
        assertThat(routed(idOf(staff), question)).isEqualTo(1);
        assertThat(staff.get("/api/v1/staff/waiting").json().toString()).doesNotContain(token);

        var full = staff.get("/api/v1/questions/" + question + "/timeline").json();
        assertThat(full.get("full").asBoolean()).isTrue();
        assertThat(full.get("entries").get(1).get("hoursAfterAsking").asLong()).isEqualTo(13);
        assertThat(staff.get("/timeline/" + question).body()).contains("Sent to the champions of its tags", "13 hours after asking");
        var friendly = asker.get("/timeline/" + question).body();
        assertThat(friendly).contains("Shown to more experts 5 hours after asking", "Passed to our support team 2 days after asking")
                .doesNotContain("Put in the staff queue");
        assertThat(asker.get("/questions/" + question).body()).contains("hx-get=\"/timeline/" + question + "\"");
        var bystander = member("Bystander");
        assertThat(bystander.get("/api/v1/questions/" + question + "/timeline").json().get("entries")).isEmpty();
        assertThat(bystander.get("/timeline/" + question).body()).doesNotContain("after asking");
    }

    @Test
    void anAnsweredQuestionStopsClimbing() {
        setLadder(4, null, 24, null);
        var asker = member("Asker");
        long answered = ask(asker, "Which hops for a pale ale " + token, "hops");
        long open = ask(asker, "Why is my stout sour " + token, "hops");
        var asked = Instant.now();
        climb(asked.plus(Duration.ofHours(5)));
        assertThat(steps(answered)).containsExactly("MORE_PEERS");
        assertThat(member("Helper").post("/api/v1/questions/" + answered + "/answers",
                Map.of("body", "Cascade and Centennial are the classic pair for an American pale ale.")).status()).isEqualTo(201);
        climb(asked.plus(Duration.ofHours(30)));
        assertThat(steps(answered)).containsExactly("MORE_PEERS");
        assertThat(steps(open)).containsExactly("MORE_PEERS", "STAFF_QUEUE");
    }

    @Test
    void aSpaceWithoutALadderNeverClimbsAndQuestionsAskedBeforeItsLadderDoNotClimb() {
        var asker = member("Asker");
        long before = ask(asker, "Is a month too long in the primary " + token, "hops");
        climb(Instant.now().plus(Duration.ofDays(400)));
        assertThat(steps(before)).isEmpty();

        setLadder(1, null, null, null);
        long after = ask(asker, "Can I dry hop twice " + token, "hops");
        climb(Instant.now().plus(Duration.ofHours(2)));
        assertThat(steps(before)).isEmpty();
        assertThat(steps(after)).containsExactly("MORE_PEERS");

        setLadder(null, null, null, null);
        assertThat(admin.get("/api/v1/spaces/" + space + "/ladder").json().get("morePeers").isNull()).isTrue();
        long later = ask(asker, "Does bottle colour matter " + token, "hops");
        climb(Instant.now().plus(Duration.ofDays(30)));
        assertThat(steps(later)).isEmpty();
    }

    @Test
    void refusesHoursOutOfRangeOrOutOfOrderNamingTheField() {
        assertThat(refusedField(Map.of("morePeers", 0))).isEqualTo("morePeers");
        assertThat(refusedField(Map.of("escalation", 9000))).isEqualTo("escalation");
        assertThat(refusedField(Map.of("morePeers", 12, "champions", 4))).isEqualTo("champions");
        assertThat(refusedField(Map.of("morePeers", 12, "staffQueue", 12))).isEqualTo("staffQueue");
        assertThat(refusedField(Map.of("champions", "soon"))).isEqualTo("champions");
        assertThat(admin.get("/api/v1/spaces/" + space + "/ladder").json().get("champions").isNull()).isTrue();

        var session = new Http("http://localhost:" + port);
        assertThat(session.submit("/login", "/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).status())
                .isEqualTo(302);
        var form = "/admin/spaces/" + space + "/ladder";
        var page = session.submit(form, form, Map.of("morePeers", "8", "champions", "6"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"champions-error\"", "This step must come later than the step before it (8 hours)");
        assertThat(session.submit(form, form, Map.of("staffQueue", "a day")).body()).contains("id=\"staffQueue-error\"");
        assertThat(session.submit(form, form, Map.of("morePeers", "4", "escalation", "48")).status()).isEqualTo(302);
        assertThat(session.get("/admin/ladder").body()).contains("Ladder " + token, "48 hours");
        assertThat(admin.get("/api/v1/spaces/" + space + "/ladder").json().get("escalation").asInt()).isEqualTo(48);

        var member = member("Curious");
        assertThat(member.put("/api/v1/spaces/" + space + "/ladder", Map.of("morePeers", 1)).status()).isEqualTo(403);
        assertThat(member.get("/admin/ladder").status()).isEqualTo(403);
    }

    @Test
    void theStaffQueueIsForStaffOnly() {
        var member = member("Member");
        assertThat(member.get("/staff/waiting").status()).isEqualTo(403);
        assertThat(member.get("/api/v1/staff/waiting").status()).isEqualTo(403);
        assertThat(http.withToken(memberWithRole("moderator")).get("/api/v1/staff/waiting").status()).isEqualTo(403);
        assertThat(http.withToken(memberWithRole("staff")).get("/staff/waiting").status()).isEqualTo(200);
    }

    private void setLadder(Integer morePeers, Integer champions, Integer staffQueue, Integer escalation) {
        var body = new HashMap<String, Object>();
        body.put("morePeers", morePeers);
        body.put("champions", champions);
        body.put("staffQueue", staffQueue);
        body.put("escalation", escalation);
        var set = admin.put("/api/v1/spaces/" + space + "/ladder", body);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private String refusedField(Map<String, Object> ladder) {
        var refused = admin.put("/api/v1/spaces/" + space + "/ladder", ladder);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        return refused.json().get("field").asString();
    }

    /** A round at that time; another node's round (here the scheduled one) holding the lock is waited out. */
    private void climb(Instant now) {
        while (!climbs.climb(now)) Thread.onSpinWait();
    }

    private List<String> steps(long question) {
        return db.sql("select step from ladder_climbs where question_id = :q order by reached_at, step")
                .param("q", question).query(String.class).list();
    }

    private int routed(long memberId, long question) {
        return db.sql("select count(*) from notifications where member_id = :m and question_id = :q and kind = 'ROUTED'")
                .param("m", memberId).param("q", question).query(Integer.class).single();
    }

    private int tickets(Http staff) {
        return staff.get("/api/v1/support/tickets?cause=unanswered&q=" + token).json().get("tickets").size();
    }

    private static long idOf(Http who) {
        return who.get("/api/v1/me").json().get("id").asLong();
    }

    private Http member(String name) {
        var email = uniqueEmail("ladder");
        establish(verifiedMember(email, name));
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    private long ask(Http who, String title, String tag) {
        var asked = who.post("/api/v1/questions", Map.of("space", space, "tags", List.of(tag), "title", title,
                "body", "It happens every time since the last batch; I tried a fresh packet. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }
}
