package org.muster.insights;

import org.muster.platform.Delivery;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.muster.qa.AnswerAccepted;
import org.muster.qa.AnswerPosted;
import org.muster.qa.AnswerUnaccepted;
import org.muster.qa.CommentAdded;
import org.muster.qa.CommentDeleted;
import org.muster.qa.CommentHeld;
import org.muster.qa.CommentRedacted;
import org.muster.qa.CommentReleased;
import org.muster.qa.Contributions;
import org.muster.qa.PostDeleted;
import org.muster.qa.PostEdited;
import org.muster.qa.PostHeld;
import org.muster.qa.PostRedacted;
import org.muster.qa.PostReleased;
import org.muster.qa.PostRestored;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionViewed;
import org.muster.qa.QuestionsImported;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Community health's facts, followed from the change feed one node at a time. Whatever changes a thread
 * (a post, an edit, a deletion, a hold, an acceptance) has the whole thread read again from Q&A at the
 * end of the batch, so its facts are always what the thread is now; a rebuild reads every thread the same
 * way, which is why both give the same figures. Reads come only from the feed: a signed-in member's view.
 */
@Component
class HealthFacts implements FeedSubscriber, DerivedFacts {

    private static final int BATCH = 500;

    private final Contributions contributions;
    private final HealthRepository facts;
    private final Sentiment sentiment;
    private final Subscriptions subscriptions;
    private final Set<Long> touched = new LinkedHashSet<>();
    private final List<HealthRepository.Read> reads = new ArrayList<>();

    HealthFacts(Contributions contributions, HealthRepository facts, Sentiment sentiment, Subscriptions subscriptions) {
        this.contributions = contributions;
        this.facts = facts;
        this.sentiment = sentiment;
        this.subscriptions = subscriptions;
    }

    @Override
    public String subscription() {
        return "insights.health";
    }

    void on(QuestionAsked asked) {
        touched.add(asked.questionId());
    }

    void on(AnswerPosted posted) {
        touched.add(posted.questionId());
    }

    void on(CommentAdded added) {
        touched.add(added.questionId());
    }

    void on(PostEdited edited) {
        touched.add(edited.questionId());
    }

    void on(PostDeleted deleted) {
        touched.add(deleted.questionId());
    }

    void on(PostRestored restored) {
        touched.add(restored.questionId());
    }

    void on(PostHeld held) {
        touched.add(held.questionId());
    }

    void on(PostReleased released) {
        touched.add(released.questionId());
    }

    void on(PostRedacted redacted) {
        touched.add(redacted.questionId());
    }

    void on(CommentDeleted deleted) {
        touched.add(deleted.questionId());
    }

    void on(CommentHeld held) {
        touched.add(held.questionId());
    }

    void on(CommentReleased released) {
        touched.add(released.questionId());
    }

    void on(CommentRedacted redacted) {
        touched.add(redacted.questionId());
    }

    void on(AnswerAccepted accepted) {
        touched.add(accepted.questionId());
    }

    void on(AnswerUnaccepted unaccepted) {
        touched.add(unaccepted.questionId());
    }

    void on(QuestionViewed viewed, Delivery delivery) {
        if (viewed.memberId() != null)
            reads.add(new HealthRepository.Read(viewed.memberId(), viewed.questionId(),
                    LocalDate.ofInstant(delivery.occurredAt(), ZoneOffset.UTC)));
    }

    /** An import has no event per post: its threads are read in id order, with the posts' own dates. */
    void on(QuestionsImported imported, Delivery delivery) {
        if (delivery.replay()) return;
        walk(imported.source(), true, done -> { });
    }

    /** A rebuild walks every thread itself, so a replay of the feed brings only the reads. */
    @Override
    public void batchApplied(boolean replay) {
        if (!replay) refresh(List.copyOf(touched), true);
        touched.clear();
        facts.insertReads(reads);
        reads.clear();
    }

    @Override
    public String label() {
        return "insights.rebuild.health";
    }

    @Override
    public long size() {
        return contributions.questionCount();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        facts.deleteAll();
        // Replayed first: a thread that changes meanwhile is then read by the walk after its event, or
        // its event comes after where the replay ends and is followed as usual.
        subscriptions.replay(this, FeedPosition.START);
        walk(null, false, done);
        facts.refreshAllFirstContributions();
    }

    private void walk(String source, boolean firstContributions, LongConsumer done) {
        long after = 0;
        long walked = 0;
        while (true) {
            var ids = contributions.questionsAfter(after, source, BATCH);
            if (ids.isEmpty()) return;
            refresh(ids, firstContributions);
            walked += ids.size();
            done.accept(walked);
            after = ids.getLast();
        }
    }

    /**
     * The threads' facts as the threads are now, and (unless a rebuild sets them all at its end) their
     * authors' first contributions, those who wrote there before and those who write there now.
     */
    private void refresh(List<Long> questionIds, boolean firstContributions) {
        for (int from = 0; from < questionIds.size(); from += BATCH)
            refreshBatch(questionIds.subList(from, Math.min(questionIds.size(), from + BATCH)), firstContributions);
    }

    private void refreshBatch(List<Long> ids, boolean firstContributions) {
        var authors = new HashSet<>(firstContributions ? facts.listAuthors(ids) : Set.<Long>of());
        facts.deleteThreads(ids);
        var live = contributions.onQuestions(ids).stream()
                .map(c -> new HealthRepository.Fact(c.kind(), c.id(), c.questionId(), c.spaceId(), c.tags(), c.authorId(),
                        c.postedAt(), c.accepted(), sentiment.score(c.text())))
                .toList();
        facts.insert(live);
        if (!firstContributions) return;
        live.stream().map(HealthRepository.Fact::authorId).filter(Objects::nonNull).forEach(authors::add);
        facts.refreshFirstContributions(authors);
    }
}
