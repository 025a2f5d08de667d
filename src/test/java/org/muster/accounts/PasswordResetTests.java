package org.muster.accounts;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetTests extends IntegrationTest {

    @Test
    void aMailedLinkSetsANewPasswordOnce() {
        var email = uniqueEmail("forgetful");
        verifiedMember(email, "Forgetful");
        var asked = http.submit("/reset", "/reset/request", Map.of("email", email));
        assertThat(asked.header("Location")).endsWith("/reset?requested");
        var link = linkIn(awaitMail(email, "Reset"));
        assertThat(link).contains("/reset?token=");
        var path = link.replaceFirst("https?://[^/]+", "");
        var token = path.substring(path.indexOf("token=") + 6);

        var done = http.submit(path, "/reset", Map.of("token", token, "password", "a-brand-new-password"));
        assertThat(done.header("Location")).endsWith("/login?reset");
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/auth/tokens", Map.of("email", email, "password", "a-brand-new-password")).status())
                .isEqualTo(201);

        assertThat(http.get(path).body()).contains("invalid, used or expired");
    }

    @Test
    void resettingSignsOutEverySession() {
        var email = uniqueEmail("sessions");
        verifiedMember(email, "Sessions");
        assertThat(http.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
        assertThat(http.get("/api/v1/me").status()).isEqualTo(200);

        var other = new org.muster.Http("http://localhost:" + port);
        other.submit("/reset", "/reset/request", Map.of("email", email));
        var path = linkIn(awaitMail(email, "Reset")).replaceFirst("https?://[^/]+", "");
        other.submit(path, "/reset", Map.of("token", path.substring(path.indexOf("token=") + 6), "password", "another-password-1"));

        assertThat(http.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void resettingEndsEveryApiTokenAndTheMailSaysSo() {
        var email = uniqueEmail("tokens");
        verifiedMember(email, "Tokens");
        var laptop = http.withToken(tokenFor(email, PASSWORD));
        var script = http.withToken(tokenFor(email, PASSWORD));
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200);

        var other = new org.muster.Http("http://localhost:" + port);
        other.submit("/reset", "/reset/request", Map.of("email", email + "\u2003"));
        var mail = awaitMail(email, "Reset");
        assertThat(mail).contains("signs you out everywhere", "API tokens");
        var path = linkIn(mail).replaceFirst("https?://[^/]+", "");
        other.submit(path, "/reset", Map.of("token", path.substring(path.indexOf("token=") + 6), "password", "another-password-1"));

        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(http.withToken(tokenFor(email, "another-password-1")).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void unknownAddressesGetTheSameAnswerAndNoMail() {
        var email = uniqueEmail("nobody");
        var asked = http.submit("/reset", "/reset/request", Map.of("email", email));
        assertThat(asked.header("Location")).endsWith("/reset?requested");
        assertThat(db.sql("select count(*) from mails where recipient = :e").param("e", email).query(Long.class).single())
                .isZero();
    }

    @Test
    void aTooShortNewPasswordKeepsTheLinkUsable() {
        var email = uniqueEmail("short");
        verifiedMember(email, "Short");
        http.submit("/reset", "/reset/request", Map.of("email", email));
        var path = linkIn(awaitMail(email, "Reset")).replaceFirst("https?://[^/]+", "");
        var token = path.substring(path.indexOf("token=") + 6);
        var refused = http.submit(path, "/reset", Map.of("token", token, "password", "short"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("10 to 128 characters");
        var accepted = http.submit(path, "/reset", Map.of("token", token, "password", "long-enough-now"));
        assertThat(accepted.header("Location")).endsWith("/login?reset");
    }
}
