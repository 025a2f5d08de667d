package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.Map;

/**
 * A thread as stored, for what is derived from it elsewhere (a summary, structured data): the question, its
 * live answers in page order, their live comments by post, and the display names of the members among
 * their authors (imported authors carry their own name on the post).
 */
@NamedInterface("api")
public record ThreadContent(Question question, List<Answer> answers, Map<Long, List<Comment>> comments,
                            Map<Long, String> authorNames) {

    public ThreadContent {
        answers = List.copyOf(answers);
        comments = Map.copyOf(comments);
        authorNames = Map.copyOf(authorNames);
    }

    /** The live part of a thread as stored or as a reader sees it: deleted or held answers and comments left out. */
    static ThreadContent live(Question question, List<Answer> answers, Map<Long, List<Comment>> comments,
                              Map<Long, String> authorNames) {
        var live = answers.stream().filter(a -> !a.deleted()).toList();
        var posts = java.util.stream.Stream.concat(java.util.stream.Stream.of(question.id()), live.stream().map(Answer::id)).toList();
        var liveComments = new java.util.LinkedHashMap<Long, List<Comment>>();
        for (var postId : posts) {
            var shown = comments.getOrDefault(postId, List.of()).stream().filter(c -> c.deletedAt() == null).toList();
            if (!shown.isEmpty()) liveComments.put(postId, shown);
        }
        return new ThreadContent(question, live, liveComments, authorNames);
    }

    /** The live accepted and staff-validated answers: the thread's solution, empty when it has none. */
    public List<Answer> solution() {
        return answers.stream().filter(a -> a.validated() || a.id() == java.util.Objects.requireNonNullElse(question.acceptedAnswerId(), -1L)).toList();
    }

    public List<Comment> commentsOf(long postId) {
        return comments.getOrDefault(postId, List.of());
    }

    /** A post's author as a reader sees it: the member's name, else the imported author's, else null. */
    public String authorName(Long authorId, String importedName) {
        if (authorId != null && authorNames.containsKey(authorId)) return authorNames.get(authorId);
        return importedName;
    }
}
