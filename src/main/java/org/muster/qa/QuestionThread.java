package org.muster.qa;

import org.muster.accounts.MemberSummary;
import org.muster.spaces.Space;
import org.muster.spaces.TemplateField;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the question page shows, read in a fixed number of queries. */
record QuestionThread(Question question, Space space, List<TemplateField> template, List<Answer> answers,
                             Map<Long, List<Comment>> comments, Map<Long, MemberSummary> authors,
                             Map<Long, Integer> myVotes, Set<Long> helped, boolean watching,
                             QuestionSummary duplicateOf, List<QuestionSummary> duplicates, Rights rights,
                             Map<Long, String> labels) {

    /** The author's rank and reputation, or nothing. */
    public String labelOf(Long authorId) {
        return authorId == null ? null : labels.get(authorId);
    }

    public String authorName(Long authorId, String importedName) {
        if (authorId != null && authors.containsKey(authorId)) return authors.get(authorId).displayName();
        return importedName == null ? "?" : importedName;
    }

    public int myVote(long postId) {
        return myVotes.getOrDefault(postId, 0);
    }

    public List<Comment> commentsOf(long postId) {
        return comments.getOrDefault(postId, List.of());
    }
}
