package org.muster.platform;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;

/** Sends pending mail over SMTP, retrying with growing pauses; safe to run on every node. */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final int MAX_ATTEMPTS = 8;

    private final MailRepository mails;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final String from;
    private final ObjectProvider<BrandSource> brands;

    MailWorker(MailRepository mails, JavaMailSender sender, TransactionTemplate transaction,
               @Value("${muster.mail.from}") String from, ObjectProvider<BrandSource> brands) {
        this.mails = mails;
        this.sender = sender;
        this.transaction = transaction;
        this.from = from;
        this.brands = brands;
    }

    @Scheduled(fixedDelayString = "${muster.mail.poll:PT1S}")
    void sendDue() {
        transaction.executeWithoutResult(tx -> mails.claimDue(20).forEach(this::deliver));
    }

    /** The configured address, under the community's name once an admin set one. */
    private InternetAddress sender() throws MessagingException {
        var address = new InternetAddress(from);
        var source = brands.getIfAvailable();
        var name = source == null ? null : source.brand().name();
        if (name != null) {
            try {
                address.setPersonal(InputText.singleLine(name), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return address;
    }

    /** Text only, or text and HTML as multipart/alternative, so readers without HTML still read it. */
    private void deliver(MailRepository.Outgoing mail) {
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(sender());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            if (mail.html() == null) helper.setText(mail.body());
            else helper.setText(mail.body(), mail.html());
            for (var header : mail.headers().entrySet()) message.setHeader(header.getKey(), header.getValue());
            sender.send(message);
            mails.markSent(mail.id());
        } catch (RuntimeException | MessagingException e) {
            int attempt = mail.attempts() + 1;
            var pause = Duration.ofSeconds((long) Math.pow(4, Math.min(attempt, 6)));
            log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), attempt, e.getMessage());
            mails.markFailed(mail.id(), e.getMessage(), Instant.now().plus(pause), attempt >= MAX_ATTEMPTS);
        }
    }
}
