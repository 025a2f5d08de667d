package org.muster.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/** One row of knowledge_canonical_notes. */
record StoredCanonicalNote(long answerId, long questionId, String appliesTo, LocalDate reviewOn, Long verifiedBy,
                           Instant verifiedAt, Long outdatedBy, Instant outdatedAt, Long newerAnswerId,
                           LocalDate reviewAskedFor) {

    boolean outdated() {
        return outdatedAt != null;
    }

    /** The review date has come (today or before) and the answer is not outdated. */
    boolean reviewDue(LocalDate today) {
        return !outdated() && reviewOn != null && !reviewOn.isAfter(today);
    }
}
