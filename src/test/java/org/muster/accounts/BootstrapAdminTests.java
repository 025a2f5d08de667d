package org.muster.accounts;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapAdminTests extends IntegrationTest {

    @Autowired
    MemberRepository members;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SignOutEverywhere signOuts;

    @Test
    void createsTheAdminOnceAndNeverAgain() throws Exception {
        assertThat(members.findByEmail(ADMIN_EMAIL)).get().extracting(Member::role)
                .isEqualTo(org.muster.platform.Role.ADMIN);
        long before = db.sql("select count(*) from members").query(Long.class).single();
        new BootstrapAdmin(members, passwords, transaction, signOuts, "second-admin@muster.test:another-password").run(null);
        new BootstrapAdmin(members, passwords, transaction, signOuts, ADMIN_EMAIL + ":" + ADMIN_PASSWORD).run(null);
        assertThat(db.sql("select count(*) from members").query(Long.class).single()).isEqualTo(before);
        assertThat(members.findByEmail("second-admin@muster.test")).isEmpty();
    }

    @Test
    void anUnverifiedAccountOnTheAddressBecomesTheAdminOnlyWithTheConfiguredPassword() {
        var email = uniqueEmail("first-admin");
        // Someone signed up with the future admin's address and chose the password.
        http.post("/api/v1/accounts", java.util.Map.of("email", email, "password", "squatters-password", "displayName", "Squatter"));
        transaction.executeWithoutResult(tx -> {
            // As on a new installation: no admin yet. Rolled back, so the other tests keep theirs.
            db.sql("update members set role = 'staff' where role = 'admin'").update();
            new BootstrapAdmin(members, passwords, transaction, signOuts, email + ":the-operators-password").run(null);
            var credentials = members.credentials(email).orElseThrow();
            assertThat(credentials.verified()).isTrue();
            assertThat(passwords.matches("the-operators-password", credentials.passwordHash())).isTrue();
            assertThat(passwords.matches("squatters-password", credentials.passwordHash())).isFalse();
            assertThat(members.findByEmail(email)).get().extracting(Member::role).isEqualTo(org.muster.platform.Role.ADMIN);
            tx.setRollbackOnly();
        });
    }
}
