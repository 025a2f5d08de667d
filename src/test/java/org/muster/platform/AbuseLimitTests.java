package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = {
        "muster.limits.sign-ups-per-address-per-hour=3",
        "muster.limits.tokens-per-address-per-hour=1000",
        "muster.limits.failed-logins-per-address-per-minute=1000",
})
class AbuseLimitTests extends IntegrationTest {

    @Test
    void signUpsFromOneAddressAreLimitedAndTheRefusalCreatesNothing() {
        for (int i = 0; i < 3; i++) {
            var created = http.post("/api/v1/accounts",
                    Map.of("email", uniqueEmail("flood" + i), "password", PASSWORD, "displayName", "Flood"));
            assertThat(created.status()).isEqualTo(202);
        }
        var email = uniqueEmail("flood-last");
        var refused = http.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", "Flood"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(db.sql("select count(*) from members where email = :e").param("e", email).query(Long.class).single()).isZero();
    }
}
