package org.muster.missions;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** People of a partner organisation in their program's initiative: invited, they update what their partner owns, and see nothing else. */
class PartnerInitiativeTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Setup(String program, long partner, long otherPartner, long owned, long notOwned, String otherProgram) {
    }

    @Test
    void anInvitedPartnerUpdatesOnlyTheirOwnMilestonesPostsAndSeesOnlyTheirOwnSponsorship() {
        var staff = http.withToken(memberWithRole("staff", "Initiative Staff"));
        var setup = setUp(staff);
        var invitee = uniqueEmail("partner");
        assertThat(staff.post("/api/v1/partners/" + setup.partner() + "/invitations", Map.of("email", invitee)).status()).isEqualTo(202);
        var link = linkIn(awaitMail(invitee, "invited"));
        var inviteToken = link.substring(link.indexOf("token=") + "token=".length());

        var email = uniqueEmail("partner-member");
        verifiedMember(email, "Petra Partner");
        var partner = new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
        assertThat(partner.get("/api/v1/initiatives/" + setup.program()).status()).as("not before accepting").isEqualTo(404);
        assertThat(partner.post("/api/v1/partner-invitations/accept", Map.of("token", inviteToken)).json().get("slug").asString())
                .isEqualTo(setup.program());

        var initiative = partner.get("/api/v1/initiatives/" + setup.program());
        assertThat(initiative.status()).isEqualTo(200);
        assertThat(initiative.json().get("sponsorships").propertyNames()).containsExactly(String.valueOf(setup.partner()));
        assertThat(initiative.json().get("sponsorships").get(String.valueOf(setup.partner())).get("contributed").get("points").asLong())
                .isEqualTo(300);
        assertThat(initiative.json().get("sponsorships").get(String.valueOf(setup.partner())).get("toBudget").get("points").asLong())
                .isEqualTo(200);
        assertThat(initiative.body()).as("the other partner's figures").doesNotContain("\"" + setup.otherPartner() + "\":{\"contributed\"");

        var updated = partner.patch("/api/v1/milestones/" + setup.owned(), Map.of("done", true, "note", "All ten stations staffed"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("doneAt").isNull()).isFalse();
        assertThat(partner.patch("/api/v1/milestones/" + setup.notOwned(), Map.of("done", true)).status()).isEqualTo(403);

        var post = partner.post("/api/v1/initiatives/" + setup.program() + "/updates",
                Map.of("body", "**Ten** stations done <script>alert(1)</script>"));
        assertThat(post.status()).isEqualTo(201);
        var page = partner.get("/initiatives/" + setup.program()).body();
        assertThat(page).contains("<strong>Ten</strong> stations done", "All ten stations staffed").doesNotContain("<script>alert");

        assertThat(partner.get("/api/v1/initiatives/" + setup.otherProgram()).status()).isEqualTo(404);
        assertThat(partner.get("/initiatives/" + setup.otherProgram()).status()).isEqualTo(404);
        assertThat(partner.post("/api/v1/initiatives/" + setup.otherProgram() + "/updates", Map.of("body", "Hello there")).status())
                .isEqualTo(404);
        assertThat(partner.get("/api/v1/moderation/queue").status()).isIn(403, 404);
        assertThat(partner.get("/moderation").status()).isIn(403, 404);
    }

    @Test
    void anInvitationIsUsedOnceAndOthersCannotEnterTheInitiative() {
        var staff = http.withToken(memberWithRole("staff", "Invitation Staff"));
        var setup = setUp(staff);
        var invitee = uniqueEmail("once");
        staff.post("/api/v1/partners/" + setup.partner() + "/invitations", Map.of("email", invitee));
        var link = linkIn(awaitMail(invitee, "invited"));
        var inviteToken = link.substring(link.indexOf("token=") + "token=".length());
        var first = new Http("http://localhost:" + port).withToken(memberWithRole("member", "First Invitee"));
        var second = new Http("http://localhost:" + port).withToken(memberWithRole("member", "Second Reader"));
        assertThat(first.post("/api/v1/partner-invitations/accept", Map.of("token", inviteToken)).status()).isEqualTo(200);
        assertThat(second.post("/api/v1/partner-invitations/accept", Map.of("token", inviteToken)).status()).isEqualTo(409);
        assertThat(second.get("/api/v1/initiatives/" + setup.program()).status()).isEqualTo(404);
        assertThat(second.post("/api/v1/partner-invitations/accept", Map.of("token", "pi_forged")).status()).isEqualTo(404);
        assertThat(http.get("/initiatives/invitation?token=" + inviteToken).body()).contains("used already");
        assertThat(staff.post("/api/v1/partners/" + setup.partner() + "/invitations", Map.of("email", "not an address")).status())
                .isEqualTo(400);
        assertThat(first.post("/api/v1/partners/" + setup.partner() + "/invitations", Map.of("email", uniqueEmail("x"))).status())
                .isEqualTo(403);
    }

    private Setup setUp(Http staff) {
        var program = staff.post("/api/v1/programs", Map.of("name", "Station hosts " + token + UUID.randomUUID().toString().substring(0, 4),
                "description", "Every station has a host", "budget", 0)).json().get("slug").asString();
        long partner = staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "Rail " + token, "kind", "transport",
                "goal", "No traveller lost")).json().get("id").asLong();
        long other = staff.post("/api/v1/programs/" + program + "/partners", Map.of("name", "City " + token, "kind", "authority",
                "goal", "A friendly city")).json().get("id").asLong();
        staff.post("/api/v1/partners/" + partner + "/sponsorships", Map.of("currency", "points", "amount", 300, "toBudget", 200,
                "key", "rail-" + token));
        staff.post("/api/v1/partners/" + other + "/sponsorships", Map.of("currency", "points", "amount", 777, "key", "city-" + token));
        long owned = staff.post("/api/v1/programs/" + program + "/milestones", Map.of("title", "Ten stations staffed",
                "ownerPartnerId", partner)).json().get("id").asLong();
        long notOwned = staff.post("/api/v1/programs/" + program + "/milestones", Map.of("title", "City map printed",
                "ownerPartnerId", other)).json().get("id").asLong();
        var otherProgram = staff.post("/api/v1/programs", Map.of("name", "Harbour hosts " + token + UUID.randomUUID().toString().substring(0, 4),
                "budget", 0)).json().get("slug").asString();
        return new Setup(program, partner, other, owned, notOwned, otherProgram);
    }
}
