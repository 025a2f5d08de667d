package org.muster.routing;

import java.time.Instant;
import java.util.List;

/** One member asked to help with one question, why, and what became of it. */
record ExpertRequest(long questionId, long memberId, Instant askedAt, List<ExpertReason> reasons, Status status) {

    enum Status {
        ASKED, ANSWERED, DECLINED, IGNORED
    }

    /** One reason a member was picked: a message key with its numbers, rendered in the reader's language. */
    record ExpertReason(String key, List<Long> args) {
    }
}
