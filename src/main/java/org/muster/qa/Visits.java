package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "New since your last visit": each page a member opens records when, in one statement that also says
 * when the member opened it before. Visitors are not followed, so their pages stay the same for all
 * (and cacheable). Only the reader's own place is written: nobody else counts it, so no event.
 */
@Service
class Visits {

    private final QuestionVisitRepository visits;

    Visits(QuestionVisitRepository visits) {
        this.visits = visits;
    }

    /**
     * When the member opened the question before, or null (first time, or a visitor); records this visit
     * unless the page only fetches part of itself again (live updates, the header's count), which the
     * member has not opened anew.
     */
    Instant visitQuestion(Actor actor, long questionId, boolean opened) {
        return actor.isVisitor() ? null : visits.visitQuestion(actor.memberId(), questionId, opened).orElse(null);
    }

    /**
     * Records that the member opened this list (home, a space, a tag), as visitQuestion, and says which of the shown
     * questions are new to them: asked by others since their previous look at the list and never
     * opened, or opened before answers by others came.
     */
    News visitList(Actor actor, String list, Collection<QuestionSummary> shown, boolean opened) {
        if (actor.isVisitor()) return News.NONE;
        var seen = visits.visitList(actor.memberId(), list, shown.stream().map(QuestionSummary::id).toList(), opened);
        return new News(seen.stream().filter(QuestionVisitRepository.Seen::fresh).map(QuestionVisitRepository.Seen::questionId)
                .collect(Collectors.toSet()),
                seen.stream().filter(s -> s.newAnswers() > 0)
                        .collect(Collectors.toMap(QuestionVisitRepository.Seen::questionId, QuestionVisitRepository.Seen::newAnswers)));
    }

    /** What a list marks: questions new to the reader, and how many new answers others have. */
    record News(Set<Long> fresh, Map<Long, Integer> newAnswers) {
        static final News NONE = new News(Set.of(), Map.of());

        public boolean isNew(long questionId) {
            return fresh.contains(questionId);
        }

        public int newAnswers(long questionId) {
            return newAnswers.getOrDefault(questionId, 0);
        }
    }
}
