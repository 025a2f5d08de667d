package org.muster.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests hash passwords cheaply (CheapPasswordHashes); Muster itself must keep the slow hash. */
class PasswordHashTests {

    @Test
    void musterHashesPasswordsWithArgon2idAtSpringSecuritysRecommendedCost() {
        var passwords = new PlatformConfig().passwordEncoder();
        var hash = passwords.encode("correct-horse-1");
        // 16 MiB of memory, two passes, one lane: the cost that makes guessing stolen hashes slow.
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(passwords.matches("correct-horse-1", hash)).isTrue();
        assertThat(passwords.matches("correct-horse-2", hash)).isFalse();
    }
}
