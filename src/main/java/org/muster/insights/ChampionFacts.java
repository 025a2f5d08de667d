package org.muster.insights;

import org.muster.platform.EventLog;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.muster.qa.PostDeleted;
import org.muster.qa.PostEdited;
import org.muster.qa.PostHeld;
import org.muster.qa.PostReleased;
import org.muster.qa.PostRestored;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionTags;
import org.muster.qa.QuestionsImported;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Live questions by tag, for champions' coverage of tags, one node at a time: an event says which
 * question changed (asked, edited, deleted or restored, held or released), and its tags are read as they
 * stand from qa once per batch; an import's questions are read page by page, with the dates they were
 * asked. A rebuild replays the feed through the same methods, so it gives what following gave.
 */
@Component
class ChampionFacts implements FeedSubscriber, DerivedFacts {

    private static final int IMPORT_PAGE = 2000;

    private final PeerArmyFacts facts;
    private final QuestionTags questions;
    private final Subscriptions subscriptions;
    private final EventLog log;
    private final Set<Long> touched = new LinkedHashSet<>();

    ChampionFacts(PeerArmyFacts facts, QuestionTags questions, Subscriptions subscriptions, EventLog log) {
        this.facts = facts;
        this.questions = questions;
        this.subscriptions = subscriptions;
        this.log = log;
    }

    @Override
    public String subscription() {
        return "insights.champions";
    }

    void on(QuestionAsked asked) {
        touched.add(asked.questionId());
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

    void on(QuestionsImported imported) {
        long after = 0;
        while (true) {
            var page = questions.imported(imported.source(), after, IMPORT_PAGE);
            if (page.isEmpty()) return;
            facts.putQuestions(page);
            after = page.getLast().id();
        }
    }

    @Override
    public void batchApplied(boolean replay) {
        facts.putQuestions(questions.questions(touched));
        touched.clear();
    }

    @Override
    public String label() {
        return "insights.rebuild.champions";
    }

    /** The feed's length: a rebuild replays all of it. */
    @Override
    public long size() {
        return log.head().id();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        facts.clearQuestionTags();
        done.accept(subscriptions.replay(this, FeedPosition.START));
    }
}
