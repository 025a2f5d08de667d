package org.muster.qa;

import org.muster.accounts.Members;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.Map;
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
            var authorIds = new HashSet<Long>();
            authorIds.add(rows.question().authorId());
            rows.answers().forEach(a -> authorIds.add(a.authorId()));
            rows.comments().values().forEach(list -> list.forEach(c -> authorIds.add(c.authorId())));
            authorIds.remove(null);
            var names = members.summaries(authorIds).entrySet().stream().filter(e -> e.getValue().displayName() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().displayName()));
            return ThreadContent.live(rows.question(), rows.answers(), rows.comments(), names);
        });
    }
}
