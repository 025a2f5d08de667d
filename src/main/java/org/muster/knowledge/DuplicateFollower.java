package org.muster.knowledge;

import org.muster.platform.FeedSubscriber;
import org.muster.qa.QuestionClosed;
import org.muster.qa.QuestionReopened;
import org.springframework.stereotype.Component;

/**
 * Keeps knowledge's copy of which question duplicates which, so that the recurring-questions report groups
 * stored links instead of reading every question on each request. Replays from the feed's start.
 */
@Component
class DuplicateFollower implements FeedSubscriber {

    private final DuplicateRepository duplicates;

    DuplicateFollower(DuplicateRepository duplicates) {
        this.duplicates = duplicates;
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
}
