package org.muster.routing;

import org.muster.platform.JobLocks;
import org.muster.platform.MailRecipients;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Daily and weekly digests at each member's local hour (the weekly one on their day), once in a
 * cluster. Each period is recorded as done with its mail, or without one when nothing in it may
 * still be seen, so neither a crash nor a second node sends it twice. Quiet hours hold it back too.
 */
@Component
class DigestJob {

    private final NotificationMailRepository repository;
    private final MailPreferenceService preferences;
    private final MailRecipients recipients;
    private final WhatTheyMaySee visibility;
    private final NotificationMails mails;
    private final JobLocks jobs;
    private final TransactionTemplate transaction;
    private final MembersOwingMail owing;

    DigestJob(NotificationMailRepository repository, MailPreferenceService preferences, MailRecipients recipients,
              WhatTheyMaySee visibility, NotificationMails mails, JobLocks jobs, TransactionTemplate transaction, MembersOwingMail owing) {
        this.repository = repository;
        this.preferences = preferences;
        this.recipients = recipients;
        this.visibility = visibility;
        this.mails = mails;
        this.jobs = jobs;
        this.transaction = transaction;
        this.owing = owing;
    }

    @Scheduled(fixedDelayString = "${muster.routing.digest-poll:PT5M}", initialDelayString = "PT30S")
    void sendDue() {
        sendDue(Instant.now());
    }

    void sendDue(Instant now) {
        transaction.executeWithoutResult(tx -> {
            if (!jobs.tryLock("routing.digests")) return;
            for (var period : new String[]{"daily", "weekly"}) owing.forEach(period, memberId -> send(memberId, period, now));
        });
    }

    /** Due on the member's local day once their hour has come; a day missed is caught up by the next period. */
    private void send(long memberId, String period, Instant now) {
        var recipient = recipients.recipient(memberId);
        if (recipient.isEmpty()) return;
        var schedule = preferences.schedule(memberId);
        var local = now.atZone(recipient.get().zone());
        if (local.getHour() < schedule.digestHour() || schedule.quiet(now, recipient.get().zone())) return;
        if (period.equals("weekly") && local.getDayOfWeek() != schedule.weeklyDay()) return;
        if (!repository.recordDigest(memberId, period, local.toLocalDate())) return;
        var owed = repository.owing(memberId, period, now);
        repository.markDone(owed.stream().map(Notification::id).toList());
        var visible = visibility.keepVisible(memberId, owed);
        if (!visible.isEmpty()) mails.mailDigest(memberId, period, visible);
    }
}
