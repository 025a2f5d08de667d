package org.muster.search;

import org.muster.platform.EventLog;
import org.muster.platform.FeedCursor;
import org.muster.platform.LoggedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps this node's index in step with the change feed: whatever node wrote a change, its question
 * is searchable here a moment later. Starts from the position of the index's last commit, so a node
 * that was down catches up; builds the index first when there is none.
 */
@Component
@ConditionalOnWebApplication
class IndexFollower {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    private static final Set<String> CHANGES_A_QUESTION = Set.of("QuestionAsked", "AnswerPosted", "AnswerAccepted",
            "AnswerUnaccepted", "AnswerValidated", "VoteCast", "PostEdited", "PostRedacted", "PostDeleted", "PostRestored",
            "PostHeld", "PostReleased", "QuestionClosed", "QuestionReopened");

    private final SearchIndex index;
    private final IndexBuilder builder;
    private final EventLog feed;
    private final JsonMapper json;
    private FeedCursor cursor;
    private Instant committedAt = Instant.now();

    IndexFollower(SearchIndex index, IndexBuilder builder, EventLog feed, JsonMapper json) {
        this.index = index;
        this.builder = builder;
        this.feed = feed;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${muster.feed.poll:PT0.25S}")
    synchronized void follow() {
        if (cursor == null) start();
        // The cursor moves on only once the batch is in the index: a failure (the database away) has
        // the same events handed out again next time; a question that cannot be indexed is skipped by the builder.
        cursor.next(2000, events -> {
            var questions = new LinkedHashSet<Long>();
            var spaces = new LinkedHashSet<Long>();
            for (var event : events) collect(event, questions, spaces);
            if (!questions.isEmpty()) builder.reindex(List.copyOf(questions));
            spaces.forEach(builder::reindexSpace);
            if (!questions.isEmpty() || !spaces.isEmpty()) index.refresh();
        });
        if (cursor.settled() != index.position() && Instant.now().isAfter(committedAt.plus(COMMIT_EVERY))) {
            index.commit(cursor.settled());
            committedAt = Instant.now();
        }
    }

    private void start() {
        if (index.open()) {
            var started = System.nanoTime();
            var count = builder.rebuild(done -> {
                if (done % 10_000 == 0) LOG.info("Building the search index: {} questions", done);
            });
            LOG.info("Search index built: {} questions in {} s", count, (System.nanoTime() - started) / 1_000_000_000);
        }
        cursor = feed.cursorAfter(index.position());
    }

    /** An event without the id it should carry names nothing to index; it must not hold back the feed. */
    private void collect(LoggedEvent event, Set<Long> questions, Set<Long> spaces) {
        if (CHANGES_A_QUESTION.contains(event.type())) {
            var id = json.readTree(event.payload()).path("questionId");
            if (id.isIntegralNumber()) questions.add(id.asLong());
        } else if ("QuestionsImported".equals(event.type())) {
            var id = json.readTree(event.payload()).path("spaceId");
            if (id.isIntegralNumber()) spaces.add(id.asLong());
        }
    }
}
