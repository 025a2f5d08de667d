package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.spaces.SpaceService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;

/**
 * Solved questions with their solutions, for a reader: only live questions and answers (neither
 * deleted nor held, whoever asks) in spaces the reader may see. Instant answers offer these.
 */
@Service
@NamedInterface("api")
public class SolvedThreads {

    private final SolvedThreadRepository threads;
    private final SpaceService spaces;

    SolvedThreads(SolvedThreadRepository threads, SpaceService spaces) {
        this.threads = threads;
        this.spaces = spaces;
    }

    /** Those of these questions that are solved and that the reader may see, in the order given. */
    @Transactional(readOnly = true)
    public List<SolvedThread> of(Actor actor, List<Long> questionIds) {
        if (questionIds.isEmpty()) return List.of();
        var found = threads.solved(questionIds, spaces.visibleSpaceIds(actor));
        return found.stream().sorted(Comparator.comparingInt(t -> questionIds.indexOf(t.questionId()))).toList();
    }
}
