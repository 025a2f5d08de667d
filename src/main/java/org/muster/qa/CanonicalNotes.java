package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the knowledge module notes on a canonical question's solution: what it applies to, when it is to be
 * reviewed, who verified it, or that it is outdated and which newer answer replaces it. Q&A asks through
 * this when it shows a thread; knowledge answers.
 */
@NamedInterface("ports")
public interface CanonicalNotes {

    /**
     * The notes on these answers of the question, by answer id, as the reader may see them: only on the
     * solutions (accepted or validated) of a question that duplicates nothing. A solution without a note
     * comes back empty when the reader may add one.
     */
    Map<Long, CanonicalNote> notesOn(Actor reader, Question question, List<Answer> answers);

    /**
     * One answer's note. {@code newerAnswerId} (with its question) is set only when the reader may see that
     * answer; {@code mayReview} when the reader may set, verify or mark the answer outdated.
     */
    record CanonicalNote(long answerId, String appliesTo, LocalDate reviewOn, boolean reviewDue, String verifiedBy,
                         Instant verifiedAt, boolean outdated, Long newerQuestionId, Long newerAnswerId,
                         boolean mayReview) {

        /** Nothing noted yet: only a reviewer gets it, to add the first note. */
        public boolean isEmpty() {
            return appliesTo == null && reviewOn == null && verifiedBy == null && !outdated;
        }
    }
}
