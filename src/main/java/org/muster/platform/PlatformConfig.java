package org.muster.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@org.springframework.boot.context.properties.EnableConfigurationProperties(Limits.class)
class PlatformConfig {

    /**
     * A page's parallel requests (htmx fragments, images) on one session can store the same attribute
     * at once; PostgreSQL upserts let the last one win instead of failing on the attribute's key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session's JDBC sessions, remembered per node and written only when they change (see
     * {@link NodeSessions}); static, since post-processors are made before every other bean.
     */
    @Bean
    static BeanPostProcessor sessionsRememberedPerNode(ObjectProvider<Signals> signals) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new NodeSessions(sessions, signals.getObject()) : bean;
            }
        };
    }

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
