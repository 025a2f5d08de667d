package org.muster.search;

import org.muster.knowledge.ArticleEdited;
import org.muster.knowledge.ArticleWritten;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.AnswerAccepted;
import org.muster.qa.AnswerPosted;
import org.muster.qa.AnswerUnaccepted;
import org.muster.qa.AnswerValidated;
import org.muster.qa.PostDeleted;
import org.muster.qa.PostEdited;
import org.muster.qa.PostHeld;
import org.muster.qa.PostRedacted;
import org.muster.qa.PostReleased;
import org.muster.qa.PostRestored;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionClosed;
import org.muster.qa.QuestionReopened;
import org.muster.qa.QuestionsImported;
import org.muster.qa.VoteCast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps this node's index in step with the change feed: whatever node wrote a change, its question
 * is searchable here a moment later. Resumes from the position of the index's last commit, so a node
 * that was down catches up; builds the index first when there is none.
 */
@Component
@ConditionalOnWebApplication
class IndexFollower implements FeedSubscriber.PerNode {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

    private final SearchIndex index;
    private final IndexBuilder builder;
    private final Set<Long> questions = new LinkedHashSet<>();
    private final Set<Long> spaces = new LinkedHashSet<>();
    private final Set<Long> articles = new LinkedHashSet<>();
    private Instant committedAt = Instant.now();

    IndexFollower(SearchIndex index, IndexBuilder builder) {
        this.index = index;
        this.builder = builder;
    }

    @Override
    public String subscription() {
        return "search.index";
    }

    @Override
    public FeedPosition resumeFrom() {
        if (index.open()) {
            var started = System.nanoTime();
            var count = builder.rebuild(done -> {
                if (done % 10_000 == 0) LOG.info("Building the search index: {} questions", done);
            });
            LOG.info("Search index built: {} questions in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
        }
        return index.position();
    }

    void on(QuestionAsked asked) {
        questions.add(asked.questionId());
    }

    void on(AnswerPosted posted) {
        questions.add(posted.questionId());
    }

    void on(AnswerAccepted accepted) {
        questions.add(accepted.questionId());
    }

    void on(AnswerUnaccepted unaccepted) {
        questions.add(unaccepted.questionId());
    }

    void on(AnswerValidated validated) {
        questions.add(validated.questionId());
    }

    void on(VoteCast vote) {
        questions.add(vote.questionId());
    }

    void on(PostEdited edited) {
        questions.add(edited.questionId());
    }

    void on(PostRedacted redacted) {
        questions.add(redacted.questionId());
    }

    void on(PostDeleted deleted) {
        questions.add(deleted.questionId());
    }

    void on(PostRestored restored) {
        questions.add(restored.questionId());
    }

    void on(PostHeld held) {
        questions.add(held.questionId());
    }

    void on(PostReleased released) {
        questions.add(released.questionId());
    }

    void on(QuestionClosed closed) {
        questions.add(closed.questionId());
    }

    void on(QuestionReopened reopened) {
        questions.add(reopened.questionId());
    }

    void on(ArticleWritten written) {
        articles.add(written.articleId());
    }

    void on(ArticleEdited edited) {
        articles.add(edited.articleId());
    }

    void on(QuestionsImported imported) {
        spaces.add(imported.spaceId());
    }

    /**
     * The batch reaches the index before the position moves: a failure (the database away) leaves the
     * questions collected and the position where it was, so the same events come again; a question that
     * cannot be indexed is skipped by the builder.
     */
    @Override
    public void batchApplied(boolean replay) {
        if (!questions.isEmpty()) builder.reindex(List.copyOf(questions));
        spaces.forEach(builder::reindexSpace);
        if (!articles.isEmpty()) builder.reindexArticles(List.copyOf(articles));
        if (!questions.isEmpty() || !spaces.isEmpty() || !articles.isEmpty()) index.refresh();
        questions.clear();
        spaces.clear();
        articles.clear();
    }

    @Override
    public void advancedTo(FeedPosition position) {
        if (!position.equals(index.position()) && Instant.now().isAfter(committedAt.plus(COMMIT_EVERY))) {
            index.commit(position);
            committedAt = Instant.now();
        }
    }
}
