package org.muster.accounts;

import org.muster.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code MUSTER_BOOTSTRAP_ADMIN=email:password} gives a new installation its first admin. It does
 * nothing once any admin exists, so it is safe to leave set and to start several nodes with it.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final MemberRepository members;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final SignOutEverywhere signOuts;
    private final String setting;

    BootstrapAdmin(MemberRepository members, PasswordEncoder passwords, TransactionTemplate transaction,
                   SignOutEverywhere signOuts, @Value("${muster.bootstrap-admin:}") String setting) {
        this.members = members;
        this.passwords = passwords;
        this.transaction = transaction;
        this.signOuts = signOuts;
        this.setting = setting;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setting.isBlank()) return;
        int colon = setting.indexOf(':');
        if (colon <= 0 || colon == setting.length() - 1) {
            log.warn("MUSTER_BOOTSTRAP_ADMIN must look like email:password; no admin was created");
            return;
        }
        var email = EmailAddresses.canonical(setting.substring(0, colon));
        var password = setting.substring(colon + 1);
        transaction.executeWithoutResult(tx -> {
            members.lockRoles();
            if (members.anyAdmin()) return;
            var existing = members.findByEmail(email);
            if (existing.isPresent()) {
                var member = existing.get();
                // Anyone may have signed up with the address without owning it: an unverified account becomes
                // the admin only with the configured password, and whoever chose the old one is signed out.
                if (!member.verified()) {
                    members.updatePassword(member.id(), passwords.encode(password));
                    signOuts.signOut(member.id());
                }
                members.updateRole(member.id(), Role.ADMIN);
                members.markVerified(member.id());
            } else {
                members.insert(email, passwords.encode(password), "Admin", Role.ADMIN, true);
            }
            log.info("Bootstrap admin {} is ready", email);
        });
    }
}
