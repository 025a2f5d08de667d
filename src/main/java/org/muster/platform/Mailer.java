package org.muster.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mail is written to the mails table in the caller's transaction, so a refused request sends
 * nothing and a sent mail is never lost by a crash. With SMTP configured, {@link MailWorker}
 * delivers it; without, it stays stored for admins to read at /admin/mail. Its text comes from a
 * template under {@code templates/mail/} and the message bundles, rendered for the recipient when
 * it is written, so that each reader gets their own language and time zone.
 */
@Service
public class Mailer {

    private final MailRepository mails;
    private final MailRecipients recipients;
    private final MailTemplates templates;
    private final Locale siteLocale;
    private final boolean smtpConfigured;

    Mailer(MailRepository mails, MailRecipients recipients, MailTemplates templates,
           @Value("${spring.web.locale:en}") Locale siteLocale, @Value("${spring.mail.host:}") String smtpHost) {
        this.mails = mails;
        this.recipients = recipients;
        this.templates = templates;
        this.siteLocale = siteLocale;
        this.smtpConfigured = !smtpHost.isBlank();
    }

    /** Mails a member in their language and time zone; a member who is gone gets nothing. */
    @Transactional
    public void send(long memberId, String template, Map<String, ?> model) {
        send(memberId, template, model, Map.of());
    }

    /**
     * Mails a member with headers of the mail's own (e.g. {@code List-Unsubscribe}); true when it was
     * written, false for a member who is gone.
     */
    @Transactional
    public boolean send(long memberId, String template, Map<String, ?> model, Map<String, String> headers) {
        var recipient = recipients.recipient(memberId);
        recipient.ifPresent(r -> send(r, template, model, headers));
        return recipient.isPresent();
    }

    /** Mails an address that belongs to no member (a traveller's request): the site's language, UTC. */
    @Transactional
    public void sendToAddress(String address, String template, Map<String, ?> model) {
        send(new MailRecipient(address, siteLocale, ZoneOffset.UTC), template, model, Map.of());
    }

    /** The subject is a header, as are the mail's own: a line break in one would start another header. */
    private void send(MailRecipient recipient, String template, Map<String, ?> model, Map<String, String> headers) {
        var mail = templates.render(template, model, recipient);
        var singleLine = new LinkedHashMap<String, String>();
        headers.forEach((name, value) -> singleLine.put(InputText.singleLine(name), InputText.singleLine(value)));
        mails.insert(recipient.address(), InputText.singleLine(mail.subject()), mail.body(), mail.html(), singleLine,
                smtpConfigured ? "pending" : "stored");
    }

    /** Mails waiting in the outbox for the SMTP server (never sent yet, or to be tried again). */
    @Transactional(readOnly = true)
    public long outboxDepth() {
        return mails.countPending();
    }

    @Transactional(readOnly = true)
    public List<Mail> listNewest(Actor actor, int limit, Long beforeId) {
        actor.require(Role.ADMIN);
        return mails.listNewest(limit, beforeId == null ? Long.MAX_VALUE : beforeId);
    }
}
