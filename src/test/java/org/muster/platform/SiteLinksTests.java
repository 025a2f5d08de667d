package org.muster.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.missions.shifts.Attendance;
import org.muster.support.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of mailed link and Open Badges address comes from the configured base (here, without
 * one, this server's own address), never from the request: each mail is caused by a request whose
 * Host and X-Forwarded-* name an attacker's server. The proxy headers are honoured (the tests' Muster
 * runs as behind a real proxy, see {@link IntegrationTest}), so that ignoring them is what the links show.
 */
class SiteLinksTests extends IntegrationTest {

    private static final String EVIL = "evil.example";
    // No X-Forwarded-Proto: marked https, the session cookie would be Secure and the forms' client would not send it back.
    private static final Map<String, String> FORGED = Map.of("Host", EVIL + ":4444", "X-Forwarded-Host", EVIL + ":4444",
            "X-Forwarded-Port", "4444");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    Attendance attendance;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private Http forged;

    @BeforeEach
    void forgedClient() {
        forged = http.withHeaders(FORGED);
    }

    @Test
    void passwordResetLinksIgnoreAForgedHost() {
        var email = uniqueEmail("reset");
        verifiedMember(email, "Reset");
        forged.submit("/reset", "/reset/request", Map.of("email", email));
        assertLinksAreOurs(awaitMail(email, "Reset"));
    }

    @Test
    void verificationLinksIgnoreAForgedHost() {
        var email = uniqueEmail("verify");
        forged.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Verify"));
        assertLinksAreOurs(awaitMail(email, "Verify"));
    }

    @Test
    void theAlreadyAMemberMailIgnoresAForgedHost() {
        var email = uniqueEmail("again");
        verifiedMember(email, "Again");
        forged.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Again"));
        assertLinksAreOurs(awaitMail(email, "already exists"));
    }

    @Test
    void matchRequestAndProposalLinksIgnoreAForgedHost() {
        var staff = forged.withToken(memberWithRole("staff", "Link Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Link friends " + token, "budget", 300));
        var mission = staff.post("/api/v1/missions", Map.of("program", "link-friends-" + token, "title", "Link friends " + token,
                "description", "Show a traveller around", "kind", "match", "rewardPoints", 5, "approval", "staff"));
        assertThat(mission.status()).as(mission.body()).isEqualTo(201);
        var peerEmail = uniqueEmail("peer");
        verifiedMember(peerEmail, "Link Peer");
        var peerHttp = forged.withToken(tokenFor(peerEmail, PASSWORD));
        assertThat(peerHttp.patch("/api/v1/me", Map.of("displayName", "Link Peer", "languages", List.of("Linkish-" + token))).status())
                .isEqualTo(200);
        assertThat(peerHttp.put("/api/v1/me/peer-profile", Map.of("latitude", 52.31, "longitude", 4.76, "travelKm", 30,
                "interests", List.of("museums"), "matching", true, "availability", List.of())).status()).isEqualTo(200);

        var start = Instant.now().plus(Duration.ofDays(3));
        var requester = "tom-" + token + "@traveller.test";
        var asked = forged.post("/api/v1/missions/" + mission.json().get("slug").asString() + "/requests", Map.of(
                "name", "Tom Traveller", "email", requester, "windowStart", start.toString(),
                "windowEnd", start.plus(Duration.ofHours(6)).toString(), "place", "Schiphol airport", "latitude", 52.31,
                "longitude", 4.76, "language", "Linkish-" + token, "interests", List.of("museums"), "note", "Layover"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertLinksAreOurs(awaitMail(requester, "Your request"));
        assertLinksAreOurs(awaitMail(peerEmail, "Can you help"));
    }

    @Test
    void ticketMailsAndHelpDeskDeliveriesIgnoreAForgedHost() throws Exception {
        try (var helpDesk = new WebhookReceiver()) {
            var admin = forged.withToken(adminToken());
            long staffId = admin.get("/api/v1/me").json().get("id").asLong();
            var endpoint = admin.post("/api/v1/support/endpoints", Map.of("name", "Desk " + token, "url", helpDesk.url(), "replyAs", staffId));
            assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
            try {
                var space = "links-" + token;
                assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Links " + token, "visibility", "public",
                        "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router"))))).status()).isEqualTo(201);
                var email = uniqueEmail("asker");
                establish(verifiedMember(email, "Asker"));
                var asker = forged.withToken(tokenFor(email, PASSWORD));
                var question = asker.post("/api/v1/questions", Map.of("space", space, "tags", List.of("router"),
                        "title", "My router drops the line " + token, "body", "It happens every evening since the update. " + token));
                assertThat(question.status()).as(question.body()).isEqualTo(201);
                var ticket = asker.post("/api/v1/questions/" + question.json().get("id").asLong() + "/escalate", Map.of());
                assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
                var staff = forged.withToken(memberWithRole("staff", "Ticket Staff"));
                staff.patch("/api/v1/support/tickets/" + ticket.json().get("id").asLong(), Map.of("status", "solved"));
                assertLinksAreOurs(awaitMail(email, "Your support ticket is"));

                var delivered = helpDesk.await(r -> r.body().contains(token), 1).getFirst().body();
                assertLinksAreOurs(delivered.replace("\"", " "));
            } finally {
                admin.patch("/api/v1/support/endpoints/" + endpoint.json().get("id").asLong(), Map.of("active", false));
            }
        }
    }

    @Test
    void sanctionMailLinksIgnoreAForgedHost() {
        var email = uniqueEmail("warned");
        long member = verifiedMember(email, "Warned");
        var moderator = forged.withToken(memberWithRole("moderator", "Link Moderator"));
        assertThat(moderator.post("/api/v1/moderation/members/" + member + "/sanctions",
                Map.of("kind", "warn", "reason", "rude replies")).status()).isEqualTo(201);
        assertLinksAreOurs(awaitMail(email, "A warning from the moderators"));
    }

    @Test
    void shiftRemindersLinkToThisServer() {
        var staff = forged.withToken(memberWithRole("staff", "Shift Staff"));
        staff.post("/api/v1/programs", Map.of("name", "Link hosts " + token, "budget", 500));
        var mission = staff.post("/api/v1/missions", Map.of("program", "link-hosts-" + token, "title", "Link hosts " + token,
                "description", "Welcome travellers", "kind", "shift", "rewardPoints", 10)).json().get("slug").asString();
        var start = Instant.now().plus(Duration.ofHours(5));
        var slot = staff.post("/api/v1/missions/" + mission + "/slots", Map.of("startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(), "place", "Central hall", "capacity", 3));
        assertThat(slot.status()).as(slot.body()).isEqualTo(201);
        var email = uniqueEmail("host");
        verifiedMember(email, "Shift Host");
        var signedUp = forged.withToken(tokenFor(email, PASSWORD)).post("/api/v1/slots/" + slot.json().get("id").asLong() + "/signups", Map.of());
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        attendance.remind();
        assertLinksAreOurs(awaitMail(email, "Reminder"));
    }

    @Test
    void championMailsIgnoreAForgedHost() {
        forged.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", "fans-" + token, "name", "Fans " + token,
                "visibility", "public", "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router")))));
        var email = uniqueEmail("fan");
        long fan = verifiedMember(email, "Link Fan");
        var staff = forged.withToken(memberWithRole("staff", "Champion Staff"));
        assertThat(staff.post("/api/v1/champions/nominations", Map.of("memberId", fan, "reason", "Answers every router question"))
                .status()).isEqualTo(201);
        long term = db.sql("select id from champion_terms where member_id = :m and status = 'nominated'").param("m", fan)
                .query(Long.class).single();
        var approved = staff.post("/api/v1/champions/terms/" + term + "/approve", Map.of("months", 12, "tags", List.of("router")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertLinksAreOurs(awaitMail(email, "Welcome to the champions program"));
    }

    @Test
    void calendarFeedAddressesIgnoreAForgedHost() {
        var email = uniqueEmail("calendar");
        verifiedMember(email, "Calendar");
        var url = forged.withToken(tokenFor(email, PASSWORD)).post("/api/v1/me/calendar", Map.of()).json().get("url").asString();
        assertThat(url).startsWith(base() + "/calendar/").endsWith(".ics");
        assertThat(forged.get(url.substring(base().length())).body()).doesNotContain(EVIL);
    }

    @Test
    void openBadgesIssuerAndSigningKeyIgnoreAForgedHost() {
        var issuer = forged.get("/openbadges/issuer").json();
        assertThat(issuer.get("id").asString()).isEqualTo(base() + "/openbadges/issuer");
        assertThat(forged.get("/openbadges/v3/issuer").json().get("id").asString()).isEqualTo(base() + "/openbadges/v3/issuer");

        var email = uniqueEmail("badge");
        long member = verifiedMember(email, "Badge Holder");
        var badge = forged.withToken(adminToken()).post("/api/v1/badges",
                Map.of("name", "Link hero " + token, "description", "Kept links honest.", "level", "silver"));
        var award = forged.withToken(memberWithRole("staff", "Badge Staff")).post("/api/v1/badges/" + badge.json().get("slug").asString()
                + "/awards", Map.of("memberId", member, "reason", "Forged hosts"));
        assertThat(award.status()).as(award.body()).isEqualTo(201);
        var exported = forged.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me/awards/" + award.json().get("id").asLong() + "/openbadges3");
        assertThat(exported.body()).doesNotContain(EVIL);
        var jwt = exported.json().get("jwt").asString().split("\\.");
        var json = JsonMapper.builder().build();
        var header = json.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        var payload = json.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(payload.get("iss").asString()).isEqualTo(base() + "/openbadges/v3/issuer");
        assertThat(header.get("kid").asString()).startsWith(base() + "/openbadges/v3/keys/");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void assertLinksAreOurs(String mail) {
        assertThat(mail).doesNotContain(EVIL);
        var links = LINK.matcher(mail).results().map(m -> m.group()).toList();
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith(base() + "/"));
    }
}
