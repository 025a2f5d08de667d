package org.muster.routing;

import org.muster.platform.JobLocks;
import org.muster.platform.MailRecipients;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * Mails the notifications owed at once, once in a cluster per round. Fatigue rules: at most one mail
 * per question per hour per member (what comes within the hour waits and is folded into the next),
 * nothing in the member's quiet hours, and nothing about what they may no longer see (marked done
 * unmailed). A notification is marked done in the transaction that writes its mail.
 */
@Component
class NotificationMailJob {

    static final Duration FOLD = Duration.ofHours(1);
    private final NotificationMailRepository repository;
    private final MailPreferenceService preferences;
    private final MailRecipients recipients;
    private final WhatTheyMaySee visibility;
    private final NotificationMails mails;
    private final JobLocks jobs;
    private final TransactionTemplate transaction;
    private final MembersOwingMail owing;

    NotificationMailJob(NotificationMailRepository repository, MailPreferenceService preferences, MailRecipients recipients,
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

    @Scheduled(fixedDelayString = "${muster.routing.mail-poll:PT1M}", initialDelayString = "PT20S")
    void sendDue() {
        sendDue(Instant.now());
    }

    /** One round as of {@code now}, so tests move the clock instead of waiting. */
    void sendDue(Instant now) {
        transaction.executeWithoutResult(tx -> {
            if (!jobs.tryLock("routing.notification-mail")) return;
            owing.forEach("now", memberId -> send(memberId, now));
        });
    }

    private void send(long memberId, Instant now) {
        var recipient = recipients.recipient(memberId);
        if (recipient.isEmpty()) return;
        if (preferences.schedule(memberId).quiet(now, recipient.get().zone())) return;
        var mailedLately = repository.questionsMailedSince(memberId, now.minus(FOLD));
        var due = repository.owing(memberId, "now", now).stream()
                .filter(n -> n.questionId() == null || !mailedLately.contains(n.questionId())).toList();
        if (due.isEmpty()) return;
        var visible = visibility.keepVisible(memberId, due);
        repository.markDone(due.stream().map(Notification::id).toList());
        var byQuestion = visible.stream().filter(n -> n.questionId() != null)
                .collect(Collectors.groupingBy(Notification::questionId, LinkedHashMap::new, Collectors.toList()));
        byQuestion.forEach((questionId, told) -> {
            mails.mailAtOnce(memberId, told);
            repository.recordQuestionMailed(memberId, questionId, now);
        });
        var aboutNoQuestion = visible.stream().filter(n -> n.questionId() == null).toList();
        if (!aboutNoQuestion.isEmpty()) mails.mailAtOnce(memberId, aboutNoQuestion);
    }
}
