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

    @Test
    void createsTheAdminOnceAndNeverAgain() throws Exception {
        assertThat(members.findByEmail(ADMIN_EMAIL)).get().extracting(Member::role)
                .isEqualTo(org.muster.platform.Role.ADMIN);
        long before = db.sql("select count(*) from members").query(Long.class).single();
        new BootstrapAdmin(members, passwords, transaction, "second-admin@muster.test:another-password").run(null);
        new BootstrapAdmin(members, passwords, transaction, ADMIN_EMAIL + ":" + ADMIN_PASSWORD).run(null);
        assertThat(db.sql("select count(*) from members").query(Long.class).single()).isEqualTo(before);
        assertThat(members.findByEmail("second-admin@muster.test")).isEmpty();
    }
}
