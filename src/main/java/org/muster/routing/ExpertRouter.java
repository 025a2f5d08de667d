package org.muster.routing;

import org.muster.accounts.Members;
import org.muster.platform.ActorDirectory;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.AnswerPosted;
import org.muster.qa.PostVisibility;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * Asks a few members for help with each new question, and more when the response-time ladder says
 * nobody has answered in time: the best by {@link ExpertRanking} among those who may see the
 * question, are not its asker, have not paused, are under their weekly maximum and were never asked
 * about it before. Imports publish no {@link QuestionAsked}, so imported questions are not routed; a
 * replay of the feed asks nobody again.
 */
@Component
class ExpertRouter implements FeedSubscriber {

    static final Duration WEEK = Duration.ofDays(7);

    private final ExpertRanking ranking;
    private final ExpertRequestRepository requests;
    private final QuestionDocuments questions;
    private final Members members;
    private final ActorDirectory actors;
    private final PostVisibility visibility;
    private final Notifications notifications;
    private final int perQuestion;
    private final Duration ignoredAfter;

    ExpertRouter(ExpertRanking ranking, ExpertRequestRepository requests, QuestionDocuments questions, Members members,
                 ActorDirectory actors, PostVisibility visibility, Notifications notifications,
                 @Value("${muster.routing.experts-per-question:3}") int perQuestion,
                 @Value("${muster.routing.ignored-after:P3D}") Duration ignoredAfter) {
        this.ranking = ranking;
        this.requests = requests;
        this.questions = questions;
        this.members = members;
        this.actors = actors;
        this.visibility = visibility;
        this.notifications = notifications;
        this.perQuestion = perQuestion;
        this.ignoredAfter = ignoredAfter;
    }

    @Override
    public String subscription() {
        return "routing.experts";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    void on(QuestionAsked asked, Delivery delivery) {
        if (!delivery.replay()) route(asked.questionId());
    }

    /** Nobody answered in time: those asked count as having ignored it, and the next best are asked. */
    void on(QuestionClimbed climbed, Delivery delivery) {
        if (climbed.step() != QuestionClimbed.Step.MORE_PEERS || delivery.replay()) return;
        requests.ignoreOpen(climbed.questionId());
        route(climbed.questionId());
    }

    void on(AnswerPosted answer) {
        requests.updateStatus(answer.questionId(), List.of(answer.authorId()), ExpertRequest.Status.ASKED,
                ExpertRequest.Status.ANSWERED);
    }

    private void route(long questionId) {
        var found = questions.byIds(List.of(questionId));
        if (found.isEmpty() || found.getFirst().deleted()) return;
        var question = found.getFirst();
        var now = Instant.now();
        var asked = requests.askedAbout(questionId);
        var candidates = ranking.candidates(question, now).stream()
                .filter(c -> question.authorId() == null || c.memberId() != question.authorId())
                .filter(c -> !asked.contains(c.memberId())).toList();
        var ids = candidates.stream().map(ExpertRanking.Candidate::memberId).toList();
        var preferences = requests.preferences(ids);
        var lastWeek = requests.countSince(ids, now.minus(WEEK));
        var willing = candidates.stream().filter(c -> {
            var own = preferences.getOrDefault(c.memberId(), ExpertPreferences.NONE);
            return !own.paused() && (own.weeklyMaximum() == null || lastWeek.getOrDefault(c.memberId(), 0) < own.weeklyMaximum());
        }).toList();
        var open = requests.countOpen(ids, now.minus(ignoredAfter));
        var away = new HashSet<>(members.awayAt(ids, now));
        int picked = 0;
        for (var expert : ExpertRanking.rank(willing, open, lastWeek, away, ExpertRanking.DEFAULT)) {
            if (picked == perQuestion) break;
            if (!maySee(expert.candidate().memberId(), question)) continue;
            ask(question, expert);
            picked++;
        }
    }

    /** Suspended members have no actor, so they are never asked either. */
    private boolean maySee(long memberId, QuestionDocument question) {
        return actors.byMemberId(memberId)
                .map(actor -> visibility.visiblePosts(actor, List.of(question.id())).contains(question.id()))
                .orElse(false);
    }

    private void ask(QuestionDocument question, ExpertRanking.Scored expert) {
        long memberId = expert.candidate().memberId();
        requests.insert(question.id(), memberId, expert.reasons());
        notifications.notify(new Notice(memberId, NotificationKind.ROUTED, question.id(), question.id(), null, null,
                question.authorId(), "notification.routed", List.of(question.title()), "/questions/" + question.id()));
    }
}
