package org.muster.qa;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A question in the API, with its answers and comments. */
record QuestionJson(long id, String space, String title, String body, String bodyHtml, Map<String, String> fields,
                    List<String> tags, int score, boolean solved, Long acceptedAnswerId, String status,
                    String closeReason, Long duplicateOf, boolean locked, boolean pinned, int answerCount,
                    int viewCount, int helpedCount, Author author, Instant createdAt, Instant lastActivityAt,
                    Instant editedAt, boolean deleted, List<AnswerJson> answers, List<CommentJson> comments,
                    Integer myVote, Boolean watching, String hold, Instant escalatedAt) {

    record Author(Long id, String name, String license, String original) {
    }

    record AnswerJson(long id, String body, String bodyHtml, int score, boolean accepted, boolean validated,
                      Author validatedBy, Instant validatedAt, int helpedCount, Author author, Instant createdAt,
                      Instant editedAt, boolean deleted, List<CommentJson> comments, Integer myVote, String hold) {
    }

    record CommentJson(long id, String body, Author author, Instant createdAt) {
    }

    static QuestionJson of(QuestionThread t) {
        var q = t.question();
        boolean signedIn = t.rights().signedIn();
        var answers = t.answers().stream().map(a -> new AnswerJson(a.id(), a.body(), a.bodyHtml(), a.score(),
                q.acceptedAnswerId() != null && q.acceptedAnswerId() == a.id(), a.validated(),
                a.validatedBy() == null ? null : new Author(a.validatedBy(), t.authorName(a.validatedBy(), null), null, null),
                a.validatedAt(), a.helpedCount(), author(t, a.authorId(), a.sourceAuthor(), a.sourceLicense(), a.sourceUrl()),
                a.createdAt(), a.editedAt(), a.deleted(), comments(t, a.id()), signedIn ? t.myVote(a.id()) : null, a.hold())).toList();
        return new QuestionJson(q.id(), t.space().slug(), q.title(), q.body(), q.bodyHtml(), q.fields(), q.tags(),
                q.score(), q.solved(), q.acceptedAnswerId(), q.status(), q.closeReason(), q.duplicateOf(), q.locked(),
                q.pinnedAt() != null, q.answerCount(), q.viewCount(), q.helpedCount(),
                author(t, q.authorId(), q.sourceAuthor(), q.sourceLicense(), q.sourceUrl()), q.createdAt(), q.lastActivityAt(),
                q.editedAt(), q.deleted(), answers, comments(t, q.id()), signedIn ? t.myVote(q.id()) : null,
                signedIn ? t.watching() : null, q.hold(), q.escalatedAt());
    }

    private static Author author(QuestionThread t, Long id, String imported, String license, String original) {
        return new Author(id, t.authorName(id, imported), license, original);
    }

    private static List<CommentJson> comments(QuestionThread t, long postId) {
        return t.commentsOf(postId).stream().map(c -> new CommentJson(c.id(), c.body(),
                author(t, c.authorId(), c.sourceAuthor(), null, null), c.createdAt())).toList();
    }
}
