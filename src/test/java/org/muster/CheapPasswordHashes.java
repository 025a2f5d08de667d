package org.muster;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * Tests only: the production Argon2 (16 MiB, two passes: tens of milliseconds by design) with the
 * least memory and one pass, so that the thousands of sign-ins of a test run cost nothing. Same
 * stored format, so every path that hashes or checks a password runs as in production.
 * {@code PasswordHashTests} proves production keeps the slow parameters.
 */
@TestConfiguration(proxyBeanMethods = false)
class CheapPasswordHashes {

    @Bean
    @Primary
    PasswordEncoder cheapPasswordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 8, 1)));
    }
}
