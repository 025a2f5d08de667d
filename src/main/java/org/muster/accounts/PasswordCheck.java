package org.muster.accounts;

import org.muster.platform.Secrets;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Compares a typed password with a member's hash. With no member to compare with, it compares with
 * a fixed hash all the same: a slow hash skipped for unknown addresses would tell by the answer's
 * speed which addresses have an account.
 */
@Component
class PasswordCheck {

    private final PasswordEncoder passwords;
    private final String unknownMember;

    PasswordCheck(PasswordEncoder passwords) {
        this.passwords = passwords;
        this.unknownMember = passwords.encode(Secrets.generate(""));
    }

    boolean matches(Optional<String> memberHash, String password) {
        boolean matches = passwords.matches(password == null ? "" : password, memberHash.orElse(unknownMember));
        return matches && memberHash.isPresent();
    }
}
