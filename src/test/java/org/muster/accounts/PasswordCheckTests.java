package org.muster.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The token API's password check costs the same slow hash whether or not the address has an account. */
class PasswordCheckTests {

    /** Records which hashes were compared; "hash:" + password stands for a real slow hash. */
    private static final class RecordingEncoder implements PasswordEncoder {
        final List<String> compared = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            compared.add(encoded);
            return encoded.equals("hash:" + raw);
        }
    }

    @Test
    void anUnknownAddressIsComparedWithTheFixedHashAndNeverMatches() {
        var encoder = new RecordingEncoder();
        var check = new PasswordCheck(encoder);
        assertThat(check.matches(Optional.empty(), "any-password")).isFalse();
        assertThat(check.matches(Optional.empty(), null)).isFalse();
        assertThat(encoder.compared).hasSize(2).allSatisfy(hash -> assertThat(hash).startsWith("hash:"));
        assertThat(encoder.compared.get(0)).isEqualTo(encoder.compared.get(1));
    }

    @Test
    void noPasswordSignsInWithoutAnAccountNotEvenTheFixedHashsOwn() {
        var encoder = new RecordingEncoder();
        var check = new PasswordCheck(encoder);
        check.matches(Optional.empty(), "x");
        var fixedSecret = encoder.compared.getFirst().substring("hash:".length());
        assertThat(check.matches(Optional.empty(), fixedSecret)).isFalse();
    }

    @Test
    void aKnownAddressIsComparedWithTheMembersHash() {
        var encoder = new RecordingEncoder();
        var check = new PasswordCheck(encoder);
        assertThat(check.matches(Optional.of("hash:right-password"), "right-password")).isTrue();
        assertThat(check.matches(Optional.of("hash:right-password"), "wrong-password")).isFalse();
        assertThat(encoder.compared).containsExactly("hash:right-password", "hash:right-password");
    }
}
