package org.muster.qa;

import jakarta.annotation.PreDestroy;
import org.muster.platform.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * "New since your last visit": each page a member opens records when, and says when the member opened it
 * before. Visitors are not followed, so their pages stay the same for all (and cacheable). Only the reader's
 * own place is written: nobody else counts it, so no event.
 *
 * <p>Visits are written behind, in one statement per second for all members of this node (and at shutdown),
 * so that no page waits for a commit; until then this node answers from memory. A crash loses at most the
 * last second of "last visit", which only marks again as new what the member saw in that second.
 */
@Service
class Visits {

    private static final Logger log = LoggerFactory.getLogger(Visits.class);

    private final QuestionVisitRepository visits;
    /** Visits not written yet: by member, then by question or by list. */
    private final Map<Long, Map<Long, Instant>> questions = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Instant>> lists = new ConcurrentHashMap<>();

    Visits(QuestionVisitRepository visits) {
        this.visits = visits;
    }

    /**
     * When the member opened the question before (written, as the thread read it, or not yet), or null (first
     * time, or a visitor); records this visit unless the page only fetches part of itself again (live updates,
     * the header's count), which the member has not opened anew.
     */
    Instant visitQuestion(Actor actor, QuestionThread thread, boolean opened) {
        if (actor.isVisitor()) return null;
        var id = thread.question().id();
        var before = questions.getOrDefault(actor.memberId(), Map.of()).getOrDefault(id, thread.lastVisit());
        if (opened) remember(questions, actor.memberId(), id);
        return before;
    }

    /**
     * Records that the member opened this list (home, a space, a tag), as visitQuestion, and says which of the shown
     * questions are new to them: asked by others since their previous look at the list and never
     * opened, or opened before answers by others came.
     */
    News visitList(Actor actor, String list, Collection<QuestionSummary> shown, boolean opened) {
        if (actor.isVisitor()) return News.NONE;
        var seen = visits.listNews(actor.memberId(), list, lists.getOrDefault(actor.memberId(), Map.of()).get(list),
                shown.stream().map(QuestionSummary::id).toList(), questions.getOrDefault(actor.memberId(), Map.of()));
        if (opened) remember(lists, actor.memberId(), list);
        return new News(seen.stream().filter(QuestionVisitRepository.Seen::fresh).map(QuestionVisitRepository.Seen::questionId)
                .collect(Collectors.toSet()),
                seen.stream().filter(s -> s.newAnswers() > 0)
                        .collect(Collectors.toMap(QuestionVisitRepository.Seen::questionId, QuestionVisitRepository.Seen::newAnswers)));
    }

    /** Writes the visits of the last second; each stays in memory until written, unless visited again meanwhile. */
    @Scheduled(fixedDelayString = "PT1S")
    @PreDestroy
    void write() {
        var questionVisits = snapshot(questions);
        var listVisits = snapshot(lists);
        if (questionVisits.isEmpty() && listVisits.isEmpty()) return;
        try {
            visits.record(questionVisits, listVisits);
        } catch (DataAccessException e) {
            // A member erased or a question removed in the meantime fails the batch: like a crash, a second is lost.
            log.warn("Could not record {} visits: {}", questionVisits.size() + listVisits.size(), e.getMessage());
        }
        forget(questions, questionVisits);
        forget(lists, listVisits);
    }

    /** In the map's own lock for the member, so that a visit never lands in a member's map that is being dropped. */
    private static <K> void remember(Map<Long, Map<K, Instant>> pending, long memberId, K place) {
        pending.compute(memberId, (member, places) -> {
            var mine = places == null ? new ConcurrentHashMap<K, Instant>() : places;
            mine.put(place, Instant.now());
            return mine;
        });
    }

    private static <K> Map<Long, Map<K, Instant>> snapshot(Map<Long, Map<K, Instant>> pending) {
        var copy = new HashMap<Long, Map<K, Instant>>();
        pending.forEach((member, places) -> {
            if (!places.isEmpty()) copy.put(member, Map.copyOf(places));
        });
        return copy;
    }

    private static <K> void forget(Map<Long, Map<K, Instant>> pending, Map<Long, Map<K, Instant>> written) {
        written.forEach((member, places) -> pending.computeIfPresent(member, (m, mine) -> {
            places.forEach(mine::remove);
            return mine.isEmpty() ? null : mine;
        }));
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
