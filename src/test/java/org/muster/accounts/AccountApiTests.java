package org.muster.accounts;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccountApiTests extends IntegrationTest {

    @Test
    void signUpMailsAVerificationLinkThatVerifiesTheAddress() {
        var email = uniqueEmail("ada");
        var created = http.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Ada"));
        assertThat(created.status()).isEqualTo(202);
        assertThat(created.json().get("email").asString()).isEqualTo(email);

        var unverified = http.post("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD));
        assertThat(unverified.status()).isEqualTo(400);
        assertThat(unverified.json().get("field").asString()).isEqualTo("email");

        var link = linkIn(awaitMail(email, "Verify"));
        assertThat(http.get(link.substring(link.indexOf("/verify"))).body()).contains("verified");
        var me = http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me");
        assertThat(me.json().get("verified").asBoolean()).isTrue();
        assertThat(me.json().get("email").asString()).isEqualTo(email);
    }

    @Test
    void verificationLinkWorksOnlyOnce() {
        var email = uniqueEmail("once");
        http.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Once"));
        var path = linkIn(awaitMail(email, "Verify")).replaceFirst("https?://[^/]+", "");
        assertThat(http.get(path).body()).contains("is verified");
        assertThat(http.get(path).body()).contains("invalid, used or expired");
    }

    @Test
    void signingUpWithATakenAddressAnswersLikeANewOneAndMailsTheOwner() {
        var email = uniqueEmail("twice");
        signUpVerified(email, "One");
        var fresh = http.post("/api/v1/accounts", Map.of("email", uniqueEmail("fresh"), "password", PASSWORD, "displayName", "Fresh"));
        var again = http.post("/api/v1/accounts", Map.of("email", " " + email.toUpperCase() + "\u2003", "password", "another-password-1",
                "displayName", "Two"));
        assertThat(again.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(again.json().propertyNames()).isEqualTo(fresh.json().propertyNames());
        assertThat(again.json().get("email").asString()).isEqualTo(email);
        assertThat(again.header("Location")).isNull();

        var mail = awaitMail(email, "already exists");
        assertThat(mail).contains("Hello One", "/login", "/reset");
        assertThat(db.sql("select count(*) from members where email = :e").param("e", email).query(Long.class).single())
                .isEqualTo(1);
        // The account is as it was: the old password works, the one typed at the second sign-up does not.
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email, "password", "another-password-1")).status()).isEqualTo(401);
        assertThat(http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me").json().get("displayName").asString()).isEqualTo("One");
    }

    @Test
    void theSignUpPageAnswersATakenAddressLikeANewOne() {
        var email = uniqueEmail("page");
        signUpVerified(email, "Paige");
        var fresh = http.submit("/signup", "/signup", Map.of("email", uniqueEmail("new"), "displayName", "New", "password", PASSWORD));
        var taken = http.submit("/signup", "/signup", Map.of("email", email, "displayName", "Other", "password", PASSWORD));
        assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(302);
        assertThat(taken.header("Location")).isEqualTo(fresh.header("Location")).endsWith("/signup/sent");
        assertThat(awaitMail(email, "already exists")).contains("/reset");
    }

    @Test
    void invalidSignUpNamesEveryFieldAndCreatesNothing() {
        var response = http.post("/api/v1/accounts", Map.of("email", "not-an-address", "password", "short", "displayName", ""));
        assertThat(response.status()).isEqualTo(400);
        var fields = response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("email", "password", "displayName");
        assertThat(db.sql("select count(*) from members where email = 'not-an-address'").query(Long.class).single()).isZero();
    }

    @Test
    void malformedJsonIs400NotAServerError() {
        var response = http.postRaw("/api/v1/accounts", "application/json", "{\"email\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void oversizedBodyIs413() {
        var response = http.postRaw("/api/v1/accounts", "application/json",
                "{\"displayName\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void tokenAuthenticatesUntilRevoked() {
        var email = uniqueEmail("tok");
        verifiedMember(email, "Tok");
        var issued = http.post("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD, "name", "laptop"));
        var token = issued.json().get("token").asString();
        var api = http.withToken(token);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        var listed = api.get("/api/v1/auth/tokens").json();
        assertThat(listed.valueStream().map(t -> t.get("name").asString())).contains("laptop");
        assertThat(listed.toString()).doesNotContain(token);

        assertThat(api.delete("/api/v1/auth/tokens/" + issued.json().get("id").asLong()).status()).isEqualTo(204);
        var after = api.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void wrongPasswordIs401() {
        var email = uniqueEmail("wrong");
        verifiedMember(email, "Wrong");
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email, "password", "not-the-password")).status())
                .isEqualTo(401);
    }

    @Test
    void tenFailedLoginsInAMinuteGive429WithRetryAfter() {
        var email = uniqueEmail("brute");
        verifiedMember(email, "Brute");
        for (int i = 0; i < 10; i++)
            assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email, "password", "guess-" + i)).status())
                    .isEqualTo(401);
        var refused = http.post("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 61L);

        var form = http.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.header("Retry-After")).isNotNull();
    }

    @Test
    void invisibleSpacesAroundTheAddressCountAgainstTheSameAccount() {
        var email = uniqueEmail("spaces");
        verifiedMember(email, "Spaces");
        var spellings = List.of(email + "\u2003", "\u3000" + email, email + "\u00a0", "\u200b" + email.toUpperCase(), email + "\ufeff",
                " " + email + "\u2002", email + "\u3000\u3000", "\u2007" + email, email + "\u202f", email);
        for (var i = 0; i < spellings.size(); i++) {
            var typed = spellings.get(i);
            var status = i % 2 == 0
                    ? http.post("/api/v1/auth/tokens", Map.of("email", typed, "password", "guess-" + i)).status()
                    : http.submit("/login", "/login", Map.of("email", typed, "password", "guess-" + i)).status();
            assertThat(status).as(typed).isIn(401, 302);
        }
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email + "\u2003", "password", PASSWORD)).status()).isEqualTo(429);
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void invisibleSpacesAroundTheAddressStillSignIn() {
        var email = uniqueEmail("pasted");
        verifiedMember(email, "Pasted");
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", "\u3000" + email.toUpperCase() + "\u2003\u200b", "password", PASSWORD))
                .status()).isEqualTo(201);
    }

    @Test
    void aHugeEmailIsRefusedWithoutAServerErrorAndCounted() {
        var huge = "a".repeat(1_000_000) + "@example.test";
        for (int i = 0; i < 10; i++) {
            var refused = http.post("/api/v1/auth/tokens", Map.of("email", huge, "password", "guess-" + i));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", huge, "password", "guess")).status()).isEqualTo(429);
    }

    @Test
    void unknownAndKnownAddressesGetTheSameAnswerAndTheSameLimit() {
        var known = uniqueEmail("known");
        verifiedMember(known, "Known");
        var unknown = uniqueEmail("unknown");
        var wrongForKnown = http.post("/api/v1/auth/tokens", Map.of("email", known, "password", "not-the-password"));
        var wrongForUnknown = http.post("/api/v1/auth/tokens", Map.of("email", unknown, "password", "not-the-password"));
        assertThat(wrongForUnknown.status()).isEqualTo(wrongForKnown.status()).isEqualTo(401);
        assertThat(wrongForUnknown.body()).isEqualTo(wrongForKnown.body());

        var formKnown = http.submit("/login", "/login", Map.of("email", known, "password", "not-the-password"));
        var formUnknown = http.submit("/login", "/login", Map.of("email", unknown, "password", "not-the-password"));
        assertThat(formUnknown.status()).isEqualTo(formKnown.status()).isEqualTo(302);
        assertThat(formUnknown.header("Location")).isEqualTo(formKnown.header("Location")).endsWith("/login?error");

        for (int i = 2; i < 10; i++) http.post("/api/v1/auth/tokens", Map.of("email", unknown, "password", "guess-" + i));
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", unknown, "password", "guess")).status()).isEqualTo(429);
    }

    @Test
    void aSuspensionEndsSessionsAndTokensForGood() {
        var email = uniqueEmail("suspended");
        long id = verifiedMember(email, "Suspended");
        var token = http.withToken(tokenFor(email, PASSWORD));
        var browser = new org.muster.Http("http://localhost:" + port);
        assertThat(browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);

        var moderator = http.withToken(memberWithRole("moderator"));
        assertThat(moderator.post("/api/v1/moderation/members/" + id + "/sanctions",
                Map.of("kind", "suspend", "days", 7, "reason", "account taken over")).status()).isEqualTo(201);
        moderator.delete("/api/v1/moderation/members/" + id + "/sanctions");

        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void meNeedsAuthentication() {
        var response = http.get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void adminCreatesVerifiedMembersWithARole() {
        var email = uniqueEmail("mod");
        var created = http.withToken(adminToken()).post("/api/v1/admin/members",
                Map.of("email", email, "password", PASSWORD, "displayName", "Mod", "role", "moderator"));
        assertThat(created.status()).isEqualTo(201);
        var me = http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me").json();
        assertThat(me.get("role").asString()).isEqualTo("moderator");
        assertThat(me.get("verified").asBoolean()).isTrue();
    }

    @Test
    void onlyAdminsCreateMembersOrChangeRoles() {
        var staff = http.withToken(memberWithRole("staff"));
        var create = staff.post("/api/v1/admin/members", Map.of("email", uniqueEmail("x"), "displayName", "X"));
        assertThat(create.status()).isEqualTo(403);
        var promote = staff.patch("/api/v1/admin/members/1", Map.of("role", "admin"));
        assertThat(promote.status()).isEqualTo(403);
    }

    @Test
    void roleChangesTakeEffectOnTheNextRequest() {
        var email = uniqueEmail("rise");
        long id = verifiedMember(email, "Rise");
        var member = http.withToken(tokenFor(email, PASSWORD));
        assertThat(member.get("/api/v1/admin/members").status()).isEqualTo(403);
        var changed = http.withToken(adminToken()).patch("/api/v1/admin/members/" + id, Map.of("role", "admin"));
        assertThat(changed.json().get("role").asString()).isEqualTo("admin");
        assertThat(member.get("/api/v1/admin/members").status()).isEqualTo(200);
    }

    @Test
    void unknownRoleIs400NamingTheField() {
        var email = uniqueEmail("role");
        long id = verifiedMember(email, "Role");
        var response = http.withToken(adminToken()).patch("/api/v1/admin/members/" + id, Map.of("role", "emperor"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("role");
    }

    @Test
    void theLastAdminCannotStepDown() {
        var admin = http.withToken(adminToken());
        long adminId = admin.get("/api/v1/me").json().get("id").asLong();
        db.sql("update members set role = 'staff' where role = 'admin' and id <> :id").param("id", adminId).update();
        var response = admin.patch("/api/v1/admin/members/" + adminId, Map.of("role", "member"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("field").asString()).isEqualTo("role");
        assertThat(admin.get("/api/v1/me").json().get("role").asString()).isEqualTo("admin");
    }
}
