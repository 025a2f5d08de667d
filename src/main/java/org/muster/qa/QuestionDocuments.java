package org.muster.qa;

import org.muster.accounts.Members;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Questions as search indexes them: by id, or in id order for a rebuild. No authorization: derived data. */
@Service
@NamedInterface("api")
public class QuestionDocuments {

    private final DocumentRepository documents;
    private final Members members;

    QuestionDocuments(DocumentRepository documents, Members members) {
        this.documents = documents;
        this.members = members;
    }

    /** The questions with these ids, deleted ones included (marked); ids of answers or of nothing are skipped. */
    @Transactional(readOnly = true)
    public List<QuestionDocument> byIds(Collection<Long> ids) {
        return named(documents.byIds(ids));
    }

    /** Up to {@code limit} live questions with ids above {@code afterId}, in id order; a space, or all when null. */
    @Transactional(readOnly = true)
    public List<QuestionDocument> batchAfter(long afterId, Long spaceId, int limit) {
        return named(documents.batchAfter(afterId, spaceId, limit));
    }

    /**
     * The space of each of these questions that is not deleted, read from the database: search checks
     * what it is about to show against this, so that an index a moment behind never shows too much.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> liveSpaces(Collection<Long> ids) {
        return documents.liveSpaces(ids);
    }

    /**
     * The plain text of these answers, deleted ones included: for excerpts in what is sent elsewhere
     * (event hooks), whose senders ask {@link PostVisibility} first. Ids of questions are skipped.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> answerTexts(Collection<Long> answerIds) {
        return documents.answerTexts(answerIds);
    }

    /** How many live questions there are, for a rebuild's progress. */
    @Transactional(readOnly = true)
    public long count() {
        return documents.count();
    }

    private List<QuestionDocument> named(List<QuestionDocument> rows) {
        var names = members.summaries(rows.stream().map(QuestionDocument::authorId).filter(Objects::nonNull).toList());
        return rows.stream().map(d -> {
            var author = d.authorId() == null ? null : names.get(d.authorId());
            var name = author != null ? author.displayName() : d.authorName();
            return new QuestionDocument(d.id(), d.spaceId(), d.authorId(), name, d.title(), d.text(), d.fields(),
                    d.tags(), d.solutionText(), d.answersText(), d.score(), d.answerCount(), d.solved(),
                    d.validated(), d.closed(), d.createdAt(), d.deleted());
        }).toList();
    }
}
