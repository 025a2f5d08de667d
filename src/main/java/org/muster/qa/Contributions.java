package org.muster.qa;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/**
 * Whole threads read in bulk, without a reader's checks, for the community-health figures of insights,
 * which count them only over the spaces their reader may see; so in {@code qa :: unchecked}.
 */
@Service
@NamedInterface("facts")
public class Contributions {

    private final ContributionRepository contributions;

    Contributions(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /** Ids of questions above {@code afterId}, in id order, whatever their state; only one import's when {@code source} is given. */
    @Transactional(readOnly = true)
    public List<Long> questionsAfter(long afterId, String source, int limit) {
        return contributions.listQuestionIds(afterId, source, limit);
    }

    /** How many questions there are, whatever their state. */
    @Transactional(readOnly = true)
    public long questionCount() {
        return contributions.countQuestions();
    }

    /**
     * Everything live on these questions: the question, its answers and the comments on either. A deleted
     * or held post or comment is not live, nor is anything on a question or answer that is not.
     */
    @Transactional(readOnly = true)
    public List<Contribution> onQuestions(Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : contributions.listLive(questionIds);
    }
}
