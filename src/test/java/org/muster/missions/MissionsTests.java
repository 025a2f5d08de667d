package org.muster.missions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.missions.common.Completions;
import org.muster.missions.common.MissionRepository;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The task flow: offer, eligibility with reasons, proof, verification, reward from the program's budget. */
class MissionsTests extends IntegrationTest {

    @Autowired
    Completions completions;

    @Autowired
    MissionRepository missionRows;

    private Http staff;
    private String program;
    private final String token = UUID.randomUUID().toString().substring(0, 8);

    private record Person(long id, String email, Http http) {
    }

    @BeforeEach
    void program() {
        staff = http.withToken(memberWithRole("staff", "Mission Staff"));
        var created = staff.post("/api/v1/programs", Map.of("name", "Beta testers " + token, "description", "Try new firmware", "budget", 70));
        assertThat(created.status()).isEqualTo(201);
        program = created.json().get("slug").asString();
    }

    @Test
    void aVerifiedTaskIsPaidFromTheProgramsBudgetUntilItRunsOut() {
        assertThat(staff.post("/api/v1/missions", mission("Too rich " + token, 150, List.of())).json().get("errors").toString())
                .contains("rewardPoints");
        var mission = staff.post("/api/v1/missions", mission("Test the beta firmware " + token, 30, List.of())).json();
        var slug = mission.get("slug").asString();
        var tester = person("Tess Tester", List.of());
        var submitted = tester.http().post("/api/v1/missions/" + slug + "/submissions",
                Map.of("body", "Installed 3.1 beta on two routers; no drops in a week.", "link", "https://example.com/report"));
        assertThat(submitted.status()).isEqualTo(201);
        long first = submitted.json().get("id").asLong();
        assertThat(staff.post("/api/v1/submissions/" + first + "/review", Map.of("decision", "reject")).json().get("errors").toString())
                .contains("note");
        assertThat(staff.post("/api/v1/submissions/" + first + "/review", Map.of("decision", "more-info", "note", "Which routers?"))
                .json().get("status").asString()).isEqualTo("more-info");
        assertThat(staff.post("/api/v1/submissions/" + first + "/review", Map.of("decision", "accept", "note", "Thanks"))
                .json().get("status").asString()).isEqualTo("accepted");
        assertThat(staff.post("/api/v1/submissions/" + first + "/review", Map.of("decision", "accept")).status()).isEqualTo(409);
        assertThat(tester.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(30);

        var second = person("Sam Second", List.of()).http().post("/api/v1/missions/" + slug + "/submissions",
                Map.of("body", "Tested the beta on my mesh kit.")).json().get("id").asLong();
        staff.post("/api/v1/submissions/" + second + "/review", Map.of("decision", "accept"));
        var third = person("Thea Third", List.of());
        var offer = third.http().get("/api/v1/missions").json();
        assertThat(offer.toString()).contains("the program's budget is exhausted");
        assertThat(third.http().post("/api/v1/missions/" + slug + "/submissions", Map.of("body", "Me too, tested it.")).status())
                .isEqualTo(403);
        assertThat(staff.get("/api/v1/rewards/check").json().get("ok").asBoolean()).isTrue();
        var page = new Http("http://localhost:" + port);
        page.submit("/login", "/login", Map.of("email", third.email(), "password", PASSWORD));
        assertThat(page.get("/missions").body()).contains("Test the beta firmware " + token, "the program&#39;s budget is exhausted");
    }

    @Test
    void membersSeeWhyTheyCannotJoinAndClosedMissionsRefuseProof() {
        var dutch = staff.post("/api/v1/missions", Map.of("program", program, "title", "Guide Dutch travellers " + token,
                "description", "Meet travellers at the station", "kind", "task", "rewardPoints", 10, "languages", List.of("Dutch"))).json();
        var outsider = person("Olga Outsider", List.of("English"));
        var offers = outsider.http().get("/api/v1/missions").json();
        assertThat(offers.toString()).contains("needs the language 'Dutch'");
        var refused = outsider.http().post("/api/v1/missions/" + dutch.get("slug").asString() + "/submissions", Map.of("body", "I can do it"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("needs the language 'Dutch'");

        var fake = outsider.http().post("/api/v1/missions/" + dutch.get("slug").asString() + "/submissions", Map.of("body", "Photo attached",
                "imageBase64", java.util.Base64.getEncoder().encodeToString("<svg onload=alert(1)>".getBytes())));
        assertThat(fake.json().get("errors").toString()).contains("imageBase64");

        var closed = staff.post("/api/v1/missions", Map.of("program", program, "title", "Last year's survey " + token,
                "description", "Over", "kind", "task", "rewardPoints", 5, "startsAt", Instant.now().minusSeconds(7200).toString(),
                "endsAt", Instant.now().minusSeconds(3600).toString())).json();
        assertThat(outsider.http().post("/api/v1/missions/" + closed.get("slug").asString() + "/submissions",
                Map.of("body", "Late answer here")).status()).isEqualTo(409);
        assertThat(staff.post("/api/v1/missions", Map.of("program", program, "title", "A raffle " + token, "kind", "raffle",
                "rewardPoints", 5)).json().get("errors").toString()).contains("kind");
        assertThat(staff.post("/api/v1/missions", Map.of("program", program, "title", "Ends before it starts " + token, "kind", "task",
                "endsAt", Instant.now().minusSeconds(60).toString())).json().get("errors").toString()).contains("endsAt");
    }

    @Test
    void eachReasonComesWithItsMessageKeyAndArgumentsBesideItsText() {
        var slug = staff.post("/api/v1/missions", Map.of("program", program, "title", "Guide Flemish travellers " + token,
                "description", "At the station", "kind", "task", "rewardPoints", 10, "languages", List.of("Flemish"))).json()
                .get("slug").asString();
        var offer = person("Otto Outsider", List.of("English")).http().get("/api/v1/missions/" + slug).json();
        assertThat(offer.get("eligible").asBoolean()).isFalse();
        assertThat(offer.get("reasons").get(0).asString()).isEqualTo("needs the language 'Flemish'");
        assertThat(offer.get("reasonKeys").get(0).get("key").asString()).isEqualTo("mission.reason.language");
        assertThat(offer.get("reasonKeys").get(0).get("args").get(0).asString()).isEqualTo("Flemish");
    }

    @Test
    void completingTheSameWorkAgainNeitherPaysNorAnnouncesItTwice() {
        var slug = staff.post("/api/v1/missions", mission("Report a retried bug " + token, 20, List.of())).json().get("slug").asString();
        var member = person("Rita Retry", List.of());
        var mission = missionRows.find(slug).orElseThrow();
        completions.complete(mission, member.id(), "mission:retry-" + token, null);
        completions.complete(mission, member.id(), "mission:retry-" + token, null);
        assertThat(member.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(20);
        assertThat(db.sql("select count(*) from domain_events where type = 'MissionCompleted' and payload ->> 'source' = :k")
                .param("k", "mission:retry-" + token).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void proofAndReviewNotesAreMaskedLikePosts() {
        var slug = staff.post("/api/v1/missions", mission("Share your setup " + token, 10, List.of())).json().get("slug").asString();
        var tester = person("Pia Proof", List.of());
        var submitted = tester.http().post("/api/v1/missions/" + slug + "/submissions",
                Map.of("body", "Done; call me on +31 6 6134 5076 for the details."));
        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("body").asString()).isEqualTo("Done; call me on [redacted phone number] for the details.");
        long id = submitted.json().get("id").asLong();
        assertThat(staff.get("/api/v1/submissions").body()).doesNotContain("6134 5076");
        staff.post("/api/v1/submissions/" + id + "/review", Map.of("decision", "more-info", "note", "Mail pia.proof@mailbox.org the logs"));
        assertThat(db.sql("select note from submission_events where submission_id = :id and status = 'more-info'").param("id", id)
                .query(String.class).single()).isEqualTo("Mail [redacted e-mail address] the logs");
    }

    private Map<String, Object> mission(String title, long reward, List<String> skills) {
        return Map.of("program", program, "title", title, "description", "Do it and tell us", "kind", "task",
                "rewardPoints", reward, "approval", "staff", "skills", skills);
    }

    private Person person(String name, List<String> languages) {
        var email = uniqueEmail("mis");
        long id = verifiedMember(email, name);
        var client = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        client.patch("/api/v1/me", Map.of("displayName", name, "languages", languages));
        return new Person(id, email, client);
    }
}
