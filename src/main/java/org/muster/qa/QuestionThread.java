package org.muster.qa;

import org.muster.accounts.MemberSummary;
import org.muster.spaces.Space;
import org.muster.spaces.TemplateField;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the question page shows, read in a fixed number of queries, with the reader's own marks: votes,
 * "this helped me", watch, bookmarks, the unposted answer and comments (by post), the previous visit (null for
 * visitors and first visits). A duplicate names its canonical question when its chain goes further than its original.
 */
record QuestionThread(Question question, Space space, List<TemplateField> template, List<Answer> answers,
                             Map<Long, List<Comment>> comments, Map<Long, MemberSummary> authors,
                             Map<Long, Integer> myVotes, Set<Long> helped, boolean watching,
                             QuestionSummary duplicateOf, QuestionSummary canonical, List<QuestionSummary> duplicates, Rights rights,
                             Map<Long, String> labels, Set<Long> bookmarked, SavedDraft answerDraft,
                             Map<Long, SavedDraft> commentDrafts, java.time.Instant lastVisit) {

    /** The author's rank and reputation, or nothing. */
    public String labelOf(Long authorId) {
        return authorId == null ? null : labels.get(authorId);
    }

    public String authorName(Long authorId, String importedName) {
        if (authorId != null && authors.containsKey(authorId)) return authors.get(authorId).displayName();
        return importedName == null ? "?" : importedName;
    }

    /** The question's id and its answers' ids, in page order. */
    public List<Long> postIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(question.id()), answers.stream().map(Answer::id)).toList();
    }

    /** Whether others wrote this after the reader's previous visit (never for visitors or first visits). */
    public boolean isNewSince(java.time.Instant since, java.time.Instant createdAt, Long authorId) {
        return since != null && createdAt.isAfter(since) && !rights.isOwn(authorId);
    }

    /** The page anchor of the first answer or comment that is new since the reader's previous visit, in page order. */
    public String firstNewSince(java.time.Instant since) {
        if (since == null) return null;
        var onQuestion = firstNewComment(since, question.id());
        if (onQuestion != null) return onQuestion;
        for (var answer : answers) {
            if (isNewSince(since, answer.createdAt(), answer.authorId())) return "post-" + answer.id();
            var onAnswer = firstNewComment(since, answer.id());
            if (onAnswer != null) return onAnswer;
        }
        return null;
    }

    private String firstNewComment(java.time.Instant since, long postId) {
        return commentsOf(postId).stream().filter(c -> isNewSince(since, c.createdAt(), c.authorId()))
                .findFirst().map(c -> "comment-" + c.id()).orElse(null);
    }

    /** The thread's live posts, for what knowledge derives from the page it is shown on (structured data). */
    ThreadContent content() {
        var names = new java.util.HashMap<Long, String>();
        authors.forEach((id, member) -> { if (member.displayName() != null) names.put(id, member.displayName()); });
        return ThreadContent.live(question, answers, comments, names);
    }

    public int myVote(long postId) {
        return myVotes.getOrDefault(postId, 0);
    }

    public List<Comment> commentsOf(long postId) {
        return comments.getOrDefault(postId, List.of());
    }
}
