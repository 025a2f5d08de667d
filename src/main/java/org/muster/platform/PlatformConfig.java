package org.muster.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@org.springframework.boot.context.properties.EnableConfigurationProperties(Limits.class)
class PlatformConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Argon2 for new hashes; the prefix lets a stronger scheme take over later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
