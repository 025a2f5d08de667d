package org.muster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture's members are real members: verified, signing in with the tests' password, hashed cheaply. */
class MemberFixtureTests extends IntegrationTest {

    @Test
    void aFixtureMemberIsVerifiedAndSignsInWithTheTestsPassword() {
        var email = uniqueEmail("fixture");
        long id = verifiedMember(email, "Fixture Member");
        var me = http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(id);
        assertThat(http.withToken(memberFixture().token(id)).get("/api/v1/me").json().get("id").asLong()).isEqualTo(id);
    }

    @Test
    void testsHashPasswordsCheaplyInTheStoredFormatOfProduction() {
        long id = verifiedMember(uniqueEmail("cheap"), "Cheap Hash");
        var hash = db.sql("select password_hash from members where id = :id").param("id", id).query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=8,t=1,p=1$");
    }

    @Test
    void theAdminTokenIsIssuedOncePerRunningMuster() {
        assertThat(adminToken()).isEqualTo(adminToken());
        assertThat(http.withToken(adminToken()).get("/api/v1/me").json().get("role").asString()).isEqualTo("admin");
    }
}
