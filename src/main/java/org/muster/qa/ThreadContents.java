package org.muster.qa;

import org.muster.accounts.Members;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Threads as stored, read without a reader's checks, for derived data (thread summaries, structured data for
 * search engines): the caller shows what it derives only to readers who may see the question.
 */
@Service
@NamedInterface("api")
public class ThreadContents {

    private final ThreadRepository threads;
    private final Members members;

    ThreadContents(ThreadRepository threads, Members members) {
        this.threads = threads;
        this.members = members;
    }

    /** The thread with its live answers and comments; empty for an id that is no question. */
    @Transactional(readOnly = true)
    public Optional<ThreadContent> find(long questionId) {
        return threads.find(questionId, null).map(rows -> {
            var answers = rows.answers().stream().filter(a -> !a.deleted()).toList();
            var comments = new LinkedHashMap<Long, List<Comment>>();
            var authorIds = new HashSet<Long>();
            if (rows.question().authorId() != null) authorIds.add(rows.question().authorId());
            java.util.stream.Stream.concat(java.util.stream.Stream.of(questionId), answers.stream().map(Answer::id)).forEach(postId -> {
                var live = rows.comments().getOrDefault(postId, List.of()).stream().filter(c -> c.deletedAt() == null).toList();
                if (!live.isEmpty()) comments.put(postId, live);
            });
            answers.forEach(a -> authorIds.add(a.authorId()));
            comments.values().forEach(list -> list.forEach(c -> authorIds.add(c.authorId())));
            authorIds.remove(null);
            var names = members.summaries(authorIds).entrySet().stream()
                    .filter(e -> Objects.nonNull(e.getValue().displayName()))
                    .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue().displayName()));
            return new ThreadContent(rows.question(), answers, comments, names);
        });
    }
}
