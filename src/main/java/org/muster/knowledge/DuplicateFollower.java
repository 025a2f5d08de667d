package org.muster.knowledge;

import org.muster.platform.FeedSubscriber;
import org.muster.qa.CanonicalQuestionChosen;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionClosed;
import org.muster.qa.QuestionReopened;
import org.springframework.stereotype.Component;

/**
 * Keeps knowledge's copy of which question duplicates which, so that the recurring-questions report groups
 * stored links instead of comparing questions on each request: those closed as duplicates, and each new
 * question whose meaning is as close as {@link #NEAR_COSINE} to an earlier one of its space (asked once per
 * question as it is asked, by the index). A near one joins the earlier question's own original, so that a
 * question asked a third time lands in the same cluster. Replays from the feed's start.
 */
@Component
class DuplicateFollower implements FeedSubscriber {

    /**
     * MiniLM's plain cosine from which two questions of a space count as the same one asked again: chosen by hand,
     * not yet measured on labelled pairs; well above search's 0.45 and related questions' 0.5, so that a cluster
     * means "asked again", not "about the same topic".
     */
    static final double NEAR_COSINE = 0.82;

    private final DuplicateRepository duplicates;
    private final NearDuplicates near;

    DuplicateFollower(DuplicateRepository duplicates, NearDuplicates near) {
        this.duplicates = duplicates;
        this.near = near;
    }

    void on(QuestionAsked asked) {
        near.closestEarlier(asked.questionId(), NEAR_COSINE).ifPresent(earlier ->
                duplicates.saveNear(asked.questionId(), earlier));
    }

    @Override
    public String subscription() {
        return "knowledge.duplicates";
    }

    void on(QuestionClosed closed) {
        if (closed.duplicateOf() != null) duplicates.save(closed.questionId(), closed.duplicateOf());
        else duplicates.delete(closed.questionId());
    }

    void on(QuestionReopened reopened) {
        duplicates.delete(reopened.questionId());
    }

    /** Staff made another question of a cluster its canonical one: the cluster moves under it, the former with it. */
    void on(CanonicalQuestionChosen chosen) {
        duplicates.delete(chosen.questionId());
        duplicates.moveCluster(chosen.formerCanonicalId(), chosen.questionId());
        duplicates.save(chosen.formerCanonicalId(), chosen.questionId());
    }
}
