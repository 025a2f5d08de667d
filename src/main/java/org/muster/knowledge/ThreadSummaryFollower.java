package org.muster.knowledge;

import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.muster.qa.HelpedMarked;
import org.muster.qa.QuestionEvent;
import org.muster.qa.QuestionViewed;
import org.muster.qa.QuestionWatched;
import org.muster.qa.QuestionsImported;
import org.muster.qa.Solutions;
import org.muster.qa.VoteCast;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps thread summaries current, one node at a time: a change to a thread's posts or comments may give it a
 * solution, change it or take it away, so at the end of a batch the threads it touched are summarized again
 * as they stand. Votes, views, watches and "this helped me" change no text and are passed by. An import brings
 * solved threads without events: its space's solved questions are summarized.
 */
@Component
class ThreadSummaryFollower implements FeedSubscriber {

    private static final int PAGE = 500;

    private final ThreadSummaryService summaries;
    private final ThreadSummaryRepository stored;
    private final Solutions solutions;
    private final Subscriptions subscriptions;
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> imported = new LinkedHashSet<>();

    ThreadSummaryFollower(ThreadSummaryService summaries, ThreadSummaryRepository stored, Solutions solutions,
                          Subscriptions subscriptions) {
        this.summaries = summaries;
        this.stored = stored;
        this.solutions = solutions;
        this.subscriptions = subscriptions;
    }

    @Override
    public String subscription() {
        return "knowledge.summaries";
    }

    void on(QuestionEvent event) {
        switch (event) {
            case VoteCast vote -> { }
            case QuestionViewed view -> { }
            case QuestionWatched watch -> { }
            case HelpedMarked helped -> { }
            case ThreadSummaryEdited edited -> { }
            default -> touched.add(event.questionId());
        }
    }

    void on(QuestionsImported event) {
        imported.add(event.spaceId());
    }

    @Override
    public void batchApplied(boolean replay) {
        var questions = List.copyOf(touched);
        var spaces = List.copyOf(imported);
        touched.clear();
        imported.clear();
        summaries.refresh(questions);
        spaces.forEach(this::summarizeSolved);
    }

    /**
     * Every summary computed again from the threads as they stand (after a change of the scoring): the solved
     * questions, and those that had a summary and may have lost their solution. Edits are kept as the follower
     * keeps them.
     */
    @Transactional
    int rebuild() {
        subscriptions.lock(this);
        int done = summarizeSolved(null);
        long after = 0;
        for (List<Long> page; !(page = stored.listQuestionIds(after, PAGE)).isEmpty(); after = page.getLast()) {
            summaries.refresh(page);
        }
        return done;
    }

    /** Summarizes the solved questions of a space (or, null, of all), page by page; returns how many. */
    private int summarizeSolved(Long spaceId) {
        int done = 0;
        long after = 0;
        for (List<org.muster.qa.Solution> page; !(page = solutions.after(after, spaceId, PAGE)).isEmpty();
             after = page.getLast().questionId()) {
            summaries.refresh(page.stream().map(org.muster.qa.Solution::questionId).toList());
            done += page.size();
        }
        return done;
    }
}
