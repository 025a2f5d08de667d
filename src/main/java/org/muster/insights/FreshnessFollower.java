package org.muster.insights;

import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.muster.qa.QuestionEvent;
import org.muster.qa.QuestionsImported;
import org.muster.qa.Solutions;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Keeps solved questions current, one node at a time: any change to a question or its page may have
 * solved it, taken its solution away (unaccepted, deleted, held) or retagged it, so at the end of a
 * batch the questions it touched are read again as they stand, in one call; an import brings its
 * space's solutions with the dates they had. A rebuild reads every solved question the same way.
 */
@Component
class FreshnessFollower implements FeedSubscriber, DerivedFacts {

    private static final int PAGE = 1000;

    private final Solutions solutions;
    private final SolutionFacts facts;
    private final Subscriptions subscriptions;
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> imported = new LinkedHashSet<>();

    FreshnessFollower(Solutions solutions, SolutionFacts facts, Subscriptions subscriptions) {
        this.solutions = solutions;
        this.facts = facts;
        this.subscriptions = subscriptions;
    }

    @Override
    public String subscription() {
        return "insights.freshness";
    }

    void on(QuestionEvent event) {
        touched.add(event.questionId());
    }

    /** Imported posts have no events of their own. */
    void on(QuestionsImported event) {
        imported.add(event.spaceId());
    }

    @Override
    public void batchApplied(boolean replay) {
        var questions = List.copyOf(touched);
        var spaces = List.copyOf(imported);
        touched.clear();
        imported.clear();
        facts.replace(questions, solutions.of(questions));
        spaces.forEach(space -> page(space, n -> { }));
    }

    @Override
    public String label() {
        return "insights.rebuild.freshness";
    }

    @Override
    public long size() {
        return solutions.count();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        facts.clear();
        page(null, done);
    }

    /** Keeps every solution of a space (or, null, of all), page by page. */
    private void page(Long spaceId, LongConsumer done) {
        long after = 0;
        long count = 0;
        while (true) {
            var page = solutions.after(after, spaceId, PAGE);
            if (page.isEmpty()) return;
            facts.put(page);
            count += page.size();
            done.accept(count);
            after = page.getLast().questionId();
        }
    }
}
