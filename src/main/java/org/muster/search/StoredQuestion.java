package org.muster.search;

import org.apache.lucene.search.IndexSearcher;
import org.muster.qa.Question;
import org.muster.qa.QuestionDocuments;
import org.muster.spaces.Space;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the index stores of a question, enough to show it in a list without the database. */
record StoredQuestion(long id, String title, String body, List<String> tags, boolean solved, int answerCount,
                      int score, Instant createdAt) {

    String slug() {
        return Question.slugOf(title);
    }

    static StoredQuestion read(IndexSearcher searcher, int doc) {
        try {
            var d = searcher.storedFields().document(doc);
            return new StoredQuestion(Long.parseLong(d.get(IndexedQuestion.ID)), d.get(IndexedQuestion.TITLE),
                    d.get(IndexedQuestion.BODY), List.of(d.getValues(IndexedQuestion.TAG)),
                    IndexedQuestion.YES.equals(d.get(IndexedQuestion.SOLVED)),
                    d.getField(IndexedQuestion.ANSWER_COUNT).numericValue().intValue(),
                    d.getField(IndexedQuestion.SCORE).numericValue().intValue(),
                    Instant.ofEpochMilli(d.getField(IndexedQuestion.CREATED).numericValue().longValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The space of each of these questions that the database confirms as live and visible to the
     * reader: an index a moment behind must never show a deleted or newly hidden question.
     */
    static Map<Long, Space> confirmedSpaces(QuestionDocuments questions, Collection<Long> ids, Map<Long, Space> visible) {
        var confirmed = new HashMap<Long, Space>();
        questions.liveSpaces(ids).forEach((id, spaceId) -> {
            var space = visible.get(spaceId);
            if (space != null) confirmed.put(id, space);
        });
        return confirmed;
    }
}
