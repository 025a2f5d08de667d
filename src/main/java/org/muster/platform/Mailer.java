package org.muster.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Mail is written to the mails table in the caller's transaction, so a refused request sends
 * nothing and a sent mail is never lost by a crash. With SMTP configured, {@link MailWorker}
 * delivers it; without, it stays stored for admins to read at /admin/mail.
 */
@Service
public class Mailer {

    private final MailRepository mails;
    private final boolean smtpConfigured;

    Mailer(MailRepository mails, @Value("${spring.mail.host:}") String smtpHost) {
        this.mails = mails;
        this.smtpConfigured = !smtpHost.isBlank();
    }

    /** The subject is a header: a line break from a member's title in it would start another header. */
    @Transactional
    public void send(String recipient, String subject, String body) {
        mails.insert(recipient, InputText.singleLine(subject), body, smtpConfigured ? "pending" : "stored");
    }

    @Transactional(readOnly = true)
    public List<Mail> listNewest(Actor actor, int limit, Long beforeId) {
        actor.require(Role.ADMIN);
        return mails.listNewest(limit, beforeId == null ? Long.MAX_VALUE : beforeId);
    }
}
