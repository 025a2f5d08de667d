package org.muster.search;

import org.muster.platform.EventLog;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.function.LongConsumer;

/** Writes questions into this node's index: a few by id as they change, a space after an import, or all. */
@Component
class IndexBuilder {

    private static final int BATCH = 256;

    private final SearchIndex index;
    private final QuestionDocuments questions;
    private final Embeddings embeddings;
    private final EventLog feed;

    IndexBuilder(SearchIndex index, QuestionDocuments questions, Embeddings embeddings, EventLog feed) {
        this.index = index;
        this.questions = questions;
        this.embeddings = embeddings;
        this.feed = feed;
    }

    /** Brings these questions up to date: changed ones rewritten, deleted or vanished ones dropped. */
    void reindex(Collection<Long> questionIds) {
        var documents = questions.byIds(questionIds);
        var live = documents.stream().filter(d -> !d.deleted()).toList();
        var vectors = embeddings.of(live);
        var seen = new HashSet<Long>();
        for (var document : documents) {
            seen.add(document.id());
            if (document.deleted()) index.remove(document.id());
            else index.put(document.id(), IndexedQuestion.document(document, vectors.get(document.id())));
        }
        questionIds.stream().filter(id -> !seen.contains(id)).forEach(index::remove);
    }

    /** Every live question of a space, e.g. after an import. */
    void reindexSpace(long spaceId) {
        write(spaceId, done -> {
        });
    }

    /**
     * Replaces the whole index with what PostgreSQL holds. Searches keep the previous state until it
     * is done, and the follower resumes from a position taken before the first read, so a change made
     * meanwhile is applied again rather than missed.
     */
    synchronized long rebuild(LongConsumer progress) {
        index.open();
        var position = feed.settledPosition();
        index.clear();
        var count = write(null, progress);
        index.commit(position);
        index.refresh();
        return count;
    }

    long total() {
        return questions.count();
    }

    private long write(Long spaceId, LongConsumer progress) {
        long after = 0;
        long count = 0;
        while (true) {
            var batch = questions.batchAfter(after, spaceId, BATCH);
            if (batch.isEmpty()) return count;
            var vectors = embeddings.of(batch);
            for (QuestionDocument document : batch) {
                index.put(document.id(), IndexedQuestion.document(document, vectors.get(document.id())));
            }
            after = batch.getLast().id();
            count += batch.size();
            progress.accept(count);
        }
    }
}
